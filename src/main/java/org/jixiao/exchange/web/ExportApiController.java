package org.jixiao.exchange.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.exchange.ExportedFile;
import org.jixiao.exchange.GoalTableExports;
import org.jixiao.exchange.PdfFontUnavailableException;
import org.jixiao.orgs.OrgScope;
import org.jixiao.platform.ApiController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads of goal tables: a unit-year's 绩效目标申报 or one table, as .xlsx (the Jixiao template, importable) or
 * .docx or .pdf (laid out like the published document). The file name is Chinese, sent per RFC 6266/5987 with an ASCII
 * stand-in.
 */
@ApiController("/api/v1")
@Tag(name = "导入导出", description = "绩效目标表的 Excel/Word 导出与导入")
class ExportApiController {

    private final GoalTableExports exports;

    ExportApiController(GoalTableExports exports) {
        this.exports = exports;
    }

    @GetMapping("/units/{unitCode}/years/{year}/goal-tables.xlsx")
    @Operation(summary = "导出单位年度绩效目标申报（Excel 模板）", description = "目录页 + 部门整体绩效目标 + 每个项目一张工作表；可修改后导入")
    ResponseEntity<byte[]> unitYearXlsx(@PathVariable String unitCode, @PathVariable int year, OrgScope scope) {
        return download(exports.unitYearXlsx(unitCode, year, scope));
    }

    @GetMapping("/units/{unitCode}/years/{year}/goal-tables.docx")
    @Operation(summary = "导出单位年度绩效目标申报（Word）", description = "按公开文件版式：部门整体绩效目标在前，每个项目一张表头表和一张指标表")
    ResponseEntity<byte[]> unitYearDocx(@PathVariable String unitCode, @PathVariable int year, OrgScope scope) {
        return download(exports.unitYearDocx(unitCode, year, scope));
    }

    @GetMapping("/units/{unitCode}/years/{year}/goal-tables.pdf")
    @Operation(summary = "导出单位年度绩效目标申报（PDF）", description = "版式同 Word 版，A4，内嵌中文字体")
    ResponseEntity<byte[]> unitYearPdf(@PathVariable String unitCode, @PathVariable int year, OrgScope scope) {
        return download(exports.unitYearPdf(unitCode, year, scope));
    }

    @GetMapping("/goal-tables/{id}.xlsx")
    @Operation(summary = "导出一张目标表（Excel 模板）")
    ResponseEntity<byte[]> tableXlsx(@PathVariable long id, OrgScope scope) {
        return download(exports.tableXlsx(id, scope));
    }

    @GetMapping("/goal-tables/{id}.docx")
    @Operation(summary = "导出一张目标表（Word）")
    ResponseEntity<byte[]> tableDocx(@PathVariable long id, OrgScope scope) {
        return download(exports.tableDocx(id, scope));
    }

    @GetMapping("/goal-tables/{id}.pdf")
    @Operation(summary = "导出一张目标表（PDF）")
    ResponseEntity<byte[]> tablePdf(@PathVariable long id, OrgScope scope) {
        return download(exports.tablePdf(id, scope));
    }

    /** The server lacks a Chinese font: say so (the message names the fix) instead of a bare 500. */
    @ExceptionHandler(PdfFontUnavailableException.class)
    ProblemDetail noFont(PdfFontUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("暂时无法生成 PDF");
        problem.setType(URI.create("https://jixiao.org/problems/pdf-font"));
        return problem;
    }

    static ResponseEntity<byte[]> download(ExportedFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .contentLength(file.content().length)
                .body(file.content());
    }
}
