package org.jixiao.monitoring.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.monitoring.ExecutionInput;
import org.jixiao.monitoring.ExecutionJsonReader;
import org.jixiao.monitoring.ExecutionRecordManagement;
import org.jixiao.monitoring.ExecutionSource;
import org.jixiao.monitoring.MonitoringExports;
import org.jixiao.monitoring.MonitoringQueries;
import org.jixiao.monitoring.MonitoringTable;
import org.jixiao.monitoring.domain.Lamp;
import org.jixiao.monitoring.TreasuryImports;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.platform.ApiController;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/** REST API of 运行监控: a unit-year's execution table, and writing 实际支出 and 预算调整. */
@ApiController("/api/v1")
@Tag(name = "运行监控", description = "项目实际支出、预算调整、累计执行率、序时进度、资金支出计划对比、年度平均执行率与预警灯")
class MonitoringApiController {

    private final MonitoringQueries queries;
    private final ExecutionRecordManagement management;
    private final TreasuryImports imports;

    MonitoringApiController(MonitoringQueries queries, ExecutionRecordManagement management, TreasuryImports imports) {
        this.queries = queries;
        this.management = management;
        this.imports = imports;
    }

    @GetMapping("/units/{unitCode}/years/{year}/monitoring")
    @Operation(summary = "一个单位一个年度的运行监控表",
            description = "每个项目：各月实际支出（元）、累计执行率（精确小数，另附百分比文字）、序时进度、资金支出计划、年度平均执行率、预警灯及其依据；"
                    + "默认统计到本单位已有支出记录的最后一个月，可用 month 指定")
    MonitoringDocument get(@PathVariable String unitCode, @PathVariable int year,
                           @Parameter(description = "统计截至月份（1–12）") @RequestParam(required = false) String month,
                           OrgScope scope, Actor actor) {
        FiscalYear fiscalYear = year(year);
        Optional<Integer> through = Optional.empty();
        if (month != null && !month.isBlank()) {
            if (!month.strip().matches("\\d{1,2}") || Integer.parseInt(month.strip()) < 1
                    || Integer.parseInt(month.strip()) > 12) {
                throw new ValidationException(List.of(Violation.of("monitoring.month.invalid", "month", month)));
            }
            through = Optional.of(Integer.parseInt(month.strip()));
        }
        var table = queries.unitYear(unitCode, fiscalYear, through, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return MonitoringDocument.of(table);
    }

    @GetMapping("/units/{unitCode}/years/{year}/monitoring.xlsx")
    @Operation(summary = "运行监控表导出为 .xlsx", description = "工作表“汇总”（每个项目一行）和“分月”（每个项目每月一行）；金额单位为元")
    ResponseEntity<byte[]> xlsx(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor) {
        var table = queries.unitYear(unitCode, year(year), Optional.empty(), scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        String name = table.unit().code() + "-" + year + "-运行监控.xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(MonitoringExports.xlsx(table));
    }

    @GetMapping("/years/{year}/monitoring")
    @Operation(summary = "本人数据范围内各单位的执行情况（财政局看本区划）",
            description = "每个预算单位一行：预算、已支出、执行率（精确小数）、截至月份、红黄绿灯项目数；按执行率从低到高排列")
    List<UnitLine> overview(@PathVariable int year, OrgScope scope, Actor actor) {
        FiscalYear fiscalYear = year(year);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return UnitLine.ranked(queries.overview(fiscalYear, scope));
    }

    /** One unit of the overview. */
    record UnitLine(String unitCode, String unitName, String regionCode, BigDecimal budgetYuan, BigDecimal spentYuan,
                    BigDecimal rate, String ratePercent, int reportedThrough, int red, int yellow, int green) {
        static List<UnitLine> ranked(List<MonitoringTable> tables) {
            return MonitoringTable.ranked(tables).stream().map(t -> new UnitLine(t.unit().code(), t.unit().name(),
                    t.unit().regionCode(), t.budget().yuan(), t.spent().yuan(), t.rate(),
                    t.rate() == null ? null : org.jixiao.monitoring.domain.Rates.percent(t.rate()), t.reportedThrough(),
                    t.lampCounts().get(Lamp.RED), t.lampCounts().get(Lamp.YELLOW), t.lampCounts().get(Lamp.GREEN)))
                    .toList();
        }
    }

    @PostMapping(path = "/units/{unitCode}/years/{year}/execution-records", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "保存实际支出和预算调整（JSON）",
            description = "请求体 {\"records\": [{\"projectCode\", \"date\"（2024-03-15）或 \"month\"（1–12）, \"amountYuan\", \"note\"}], "
                    + "\"adjustments\": [{\"projectCode\", \"date\", \"newBudgetYuan\" 或 \"deltaYuan\", \"reason\"}]}；金额单位为元。"
                    + "全部通过才保存，否则返回 400 并列出每一处问题，什么都不保存")
    ResponseEntity<WrittenDocument> post(@PathVariable String unitCode, @PathVariable int year,
                                         @RequestBody JsonNode body, OrgScope scope, Actor actor) {
        FiscalYear fiscalYear = year(year);
        ExecutionJsonReader reader = new ExecutionJsonReader();
        ExecutionInput input = reader.read(body);
        if (!reader.violations().isEmpty()) {
            List<Violation> more = management.check(unitCode, fiscalYear, input, scope); // another unit: 404
            Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
            List<Violation> all = new java.util.ArrayList<>(reader.violations());
            java.util.Set<String> seen = new java.util.HashSet<>();
            reader.violations().forEach(v -> seen.add(v.path()));
            more.stream().filter(v -> !seen.contains(v.path())).forEach(all::add);
            throw new ValidationException(all);
        }
        ExecutionRecordManagement.Written written = management.record(unitCode, fiscalYear, input,
                ExecutionSource.MANUAL, actor, scope);
        return ResponseEntity.created(URI.create("/api/v1/units/" + unitCode + "/years/" + year + "/monitoring"))
                .body(WrittenDocument.of(written));
    }

    @PostMapping(path = "/units/{unitCode}/years/{year}/execution-records",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入国库支付明细（.xlsx 或 .csv）",
            description = "multipart 字段 file：首个工作表（或 CSV）前 10 行内有表头“项目编码”“支付日期”“支付金额”（可另有“摘要”），每行一笔支付，金额单位为元；"
                    + "最大 5 MB、20,000 行。全部通过才保存（来源记为国库导入），否则返回 400，逐行列出问题（path 为 rows[文件行号].字段），什么都不保存")
    ResponseEntity<WrittenDocument> importFile(@PathVariable String unitCode, @PathVariable int year,
                                               @Parameter(description = "国库支付明细 .xlsx / .csv")
                                               @RequestParam(name = "file", required = false) MultipartFile file,
                                               OrgScope scope, Actor actor) throws java.io.IOException {
        FiscalYear fiscalYear = year(year);
        byte[] content = file == null ? new byte[0] : file.getBytes();
        ExecutionRecordManagement.Written written = imports.importNow(unitCode, fiscalYear,
                file == null ? "" : file.getOriginalFilename(), content, actor, scope);
        return ResponseEntity.created(URI.create("/api/v1/units/" + unitCode + "/years/" + year + "/monitoring"))
                .body(WrittenDocument.of(written));
    }

    /** What a POST wrote. */
    record WrittenDocument(int records, int adjustments, BigDecimal totalYuan) {
        static WrittenDocument of(ExecutionRecordManagement.Written w) {
            return new WrittenDocument(w.records(), w.adjustments(), w.total().yuan());
        }
    }

    private static FiscalYear year(int year) {
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        return FiscalYear.of(year);
    }
}
