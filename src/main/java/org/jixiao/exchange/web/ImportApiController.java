package org.jixiao.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.exchange.GoalTableImports;
import org.jixiao.exchange.ImportException;
import org.jixiao.exchange.ImportPreview;
import org.jixiao.exchange.ImportResult;
import org.jixiao.orgs.OrgScope;
import org.jixiao.shared.NotFoundException;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.platform.ApiController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import of goal tables from the Jixiao .xlsx template or a Word goal-table book (.docx): upload for a preview, then confirm. A file that cannot be
 * read answers 400 (413 when too large) with a Chinese reason as problem+json; a readable file answers 201 with the
 * preview, its problems listed cell by cell; confirming a preview with errors answers 400 and writes nothing.
 */
@ApiController("/api/v1")
@Tag(name = "导入导出", description = "绩效目标表的 Excel/Word 导出与导入")
class ImportApiController {

    private final GoalTableImports imports;

    ImportApiController(GoalTableImports imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传 .xlsx 或 .docx 预览导入", description = "读取整个文件、检查每张表，返回将新建/替换的表、全部问题（工作表或表格、行、列、原因）和智能审核结果（不阻止导入）；不写入任何内容。预览保存在服务器上，凭 id 确认。")
    ResponseEntity<ImportPreview> preview(
            @Parameter(description = "Jixiao 导出的 .xlsx 模板，或按公开文件版式的 Word 绩效目标表（.docx）") @RequestParam(name = "file", required = false) MultipartFile file,
            @Parameter(description = "导入到此单位（默认取文件中的单位编码：目录页或 Word 的单位行）") @RequestParam(required = false) String unitCode,
            @Parameter(description = "导入到此年度（默认取文件中的预算年度：目录页或 Word 标题）") @RequestParam(required = false) Integer year,
            Actor actor, OrgScope scope) {
        ImportPreview preview = read(imports, file, unitCode, year, actor, scope);
        return ResponseEntity.created(URI.create("/api/v1/imports/" + preview.id())).body(preview);
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "读取一个导入预览")
    ImportPreview get(@PathVariable String id, Actor actor) {
        return imports.find(id, actor).orElseThrow(() -> imports.notFound());
    }

    @PostMapping("/imports/{id}/commit")
    @Operation(summary = "确认导入", description = "在一个事务中写入全部表（全部成功或全部不写）。有错误时返回 400，预览后被他人修改时返回 409，均不写入。")
    ImportResult commit(@PathVariable String id, Actor actor, OrgScope scope) {
        return imports.commit(id, actor, scope);
    }

    @ExceptionHandler(ImportException.class)
    ResponseEntity<ProblemDetail> refused(ImportException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(e));
    }

    /** Reads an upload into a preview; the size is checked before the file is read. */
    static ImportPreview read(GoalTableImports imports, MultipartFile file, String unitCode, Integer year, Actor actor,
                              OrgScope scope) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            throw imports.missingFile();
        }
        if (file.getSize() > imports.maxUploadBytes()) {
            throw imports.tooLarge();
        }
        // a unit named outside the caller's scope is as unknown as a unit that does not exist, before anything is read
        if (unitCode != null && !unitCode.isBlank() && !scope.contains(unitCode.strip())) {
            throw new NotFoundException("单位“" + unitCode.strip() + "”不存在");
        }
        try (InputStream in = file.getInputStream()) {
            return imports.preview(file.getOriginalFilename(), in, unitCode, year, actor, scope);
        } catch (IOException e) {
            throw imports.unreadableUpload();
        }
    }
}
