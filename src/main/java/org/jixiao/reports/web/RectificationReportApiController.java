package org.jixiao.reports.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.exchange.PdfFontUnavailableException;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.platform.ApiController;
import org.jixiao.reports.RectificationReport;
import org.jixiao.reports.ReportFiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The 整改报告 (rectification report) of a unit-year as .docx or .pdf, generated from the rectification list and
 * the self-evaluation scores at the moment of the request and kept among the report generations. Another unit
 * answers 404.
 */
@ApiController("/api/v1")
@Tag(name = "自评报告", description = "部门整体支出绩效自评报告、自评表、整改报告、报告基本信息、数据一致性核对")
class RectificationReportApiController {

    private final RectificationReport report;

    RectificationReportApiController(RectificationReport report) {
        this.report = report;
    }

    @GetMapping("/units/{unitCode}/years/{year}/reports/rectification.docx")
    @Operation(summary = "整改报告（Word）", description = "基本情况（自评得分和等级）、每个问题的整改措施、责任人、时限、状态和佐证材料、下一步工作计划；每次生成都保存一份")
    ResponseEntity<byte[]> docx(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor) {
        return ReportApiController.download(report.file(unitCode, year, ReportFiles.Format.DOCX, scope, actor));
    }

    @GetMapping("/units/{unitCode}/years/{year}/reports/rectification.pdf")
    @Operation(summary = "整改报告（PDF）", description = "A4，内嵌中文字体")
    ResponseEntity<byte[]> pdf(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor) {
        return ReportApiController.download(report.file(unitCode, year, ReportFiles.Format.PDF, scope, actor));
    }

    @ExceptionHandler(PdfFontUnavailableException.class)
    ProblemDetail noFont(PdfFontUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("暂时无法生成 PDF");
        problem.setType(URI.create("https://jixiao.org/problems/pdf-font"));
        return problem;
    }
}
