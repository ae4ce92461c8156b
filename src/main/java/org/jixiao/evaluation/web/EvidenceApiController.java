package org.jixiao.evaluation.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.evaluation.EvaluationEvidence;
import org.jixiao.evaluation.EvidenceFile;
import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.platform.ApiController;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** REST API of the evidence files (佐证材料) of a project self-evaluation, per indicator. */
@ApiController("/api/v1")
@Tag(name = "绩效自评", description = "项目支出绩效自评表：实际完成值、得分、计算说明、总分与等级")
class EvidenceApiController {

    private final EvaluationEvidence evidence;

    EvidenceApiController(EvaluationEvidence evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/self-evaluations/{id}/evidence")
    @Operation(summary = "自评表的佐证材料", description = "按指标行（indicator，从 0 起）排列；不含文件内容，href 为下载地址")
    List<SelfEvaluationDocument.EvidenceDocument> list(@PathVariable long id, Actor actor, OrgScope scope) {
        return evidence.list(id(id), actor, scope).stream().map(f -> SelfEvaluationDocument.EvidenceDocument.of(id, f))
                .toList();
    }

    @PostMapping(path = "/self-evaluations/{id}/indicators/{indicator}/evidence",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传一个指标的佐证材料", description = "multipart 字段 file；接受 pdf、png、jpg/jpeg、docx、xlsx、doc、xls、wps、et，"
            + "按文件内容识别类型（须与扩展名一致），默认不超过 20 MB；同一指标内容相同的文件不重复保存。自评表送审后只读（409）。返回 201")
    ResponseEntity<SelfEvaluationDocument.EvidenceDocument> upload(@PathVariable long id, @PathVariable int indicator,
                                                                   @RequestParam(name = "file", required = false)
                                                                   MultipartFile file, Actor actor, OrgScope scope)
            throws IOException {
        if (file == null) {
            throw new ValidationException(List.of(Violation.of("evidence.name.blank", "file")));
        }
        EvidenceFile stored = evidence.upload(id(id), indicator, file.getOriginalFilename(), file.getBytes(), actor,
                scope);
        return ResponseEntity.created(URI.create("/api/v1/self-evaluations/" + id + "/evidence/" + stored.id()))
                .body(SelfEvaluationDocument.EvidenceDocument.of(id, stored));
    }

    @GetMapping("/self-evaluations/{id}/evidence/{fileId}")
    @Operation(summary = "下载一个佐证材料", description = "原文件名、按内容识别的类型；响应头 X-Content-SHA256 为内容的 SHA-256")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId, Actor actor, OrgScope scope) {
        return file(evidence.download(id(id), fileId, actor, scope));
    }

    @DeleteMapping("/self-evaluations/{id}/evidence/{fileId}")
    @Operation(summary = "删除一个佐证材料", description = "仅草稿（未送审或已退回、已撤回）；返回 204")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long fileId, Actor actor, OrgScope scope) {
        evidence.delete(id(id), fileId, actor, scope);
        return ResponseEntity.noContent().build();
    }

    /** A download as an attachment with its original name (UTF-8) and its content hash. */
    static ResponseEntity<byte[]> file(EvaluationEvidence.Download download) {
        EvidenceFile f = download.file();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.type().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", f.sha256())
                .body(download.content());
    }

    static EvaluationId id(long id) {
        if (id <= 0) {
            throw new NotFoundException("自评表 " + id + " 不存在");
        }
        return new EvaluationId(id);
    }
}
