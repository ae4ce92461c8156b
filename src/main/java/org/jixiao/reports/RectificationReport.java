package org.jixiao.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jixiao.evaluation.DepartmentEvaluationQueries;
import org.jixiao.evaluation.DepartmentEvaluationSummary;
import org.jixiao.evaluation.EvaluationQueries;
import org.jixiao.evaluation.SelfEvaluationSummary;
import org.jixiao.exchange.ExportedFile;
import org.jixiao.exchange.PdfFontUnavailableException;
import org.jixiao.exchange.XhtmlPdfRenderer;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.rectification.QuarterlyReview;
import org.jixiao.rectification.RectificationQueries;
import org.jixiao.reports.domain.ReportBlock;
import org.jixiao.scoring.domain.PolicyCatalog;
import org.jixiao.scoring.domain.ScoringPolicy;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the 整改报告 (rectification report, seed 000: 部门预算执行情况绩效自评整改报告) of a unit-year as .docx or
 * .pdf from the data at the moment of generation, with the self-evaluation report's writers, and keeps every
 * generation like the other reports ({@code rpt_generation}, outline id {@value #OUTLINE_ID}).
 *
 * <p>基本情况 states the unit's self-evaluation score: the 部门整体支出绩效自评 when it is complete, else the mean of
 * the project self-evaluations' totals (graded with the policy's bands), and says which. The problems are read
 * through {@code rectification}'s {@link RectificationQueries#report}; another unit is not found.
 */
@Service
@Transactional
public class RectificationReport {

    static final String OUTLINE_ID = "rectification";

    private final ReportAssembler assembler;
    private final RectificationQueries rectifications;
    private final DepartmentEvaluationQueries departments;
    private final EvaluationQueries evaluations;
    private final PolicyCatalog policies;
    private final ReportStore store;
    private final XhtmlPdfRenderer pdf;
    private final Clock clock;

    RectificationReport(ReportAssembler assembler, RectificationQueries rectifications,
                        DepartmentEvaluationQueries departments, EvaluationQueries evaluations, PolicyCatalog policies,
                        ReportStore store, XhtmlPdfRenderer pdf, Clock clock) {
        this.assembler = assembler;
        this.rectifications = rectifications;
        this.departments = departments;
        this.evaluations = evaluations;
        this.policies = policies;
        this.store = store;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException           for a unit outside the scope (or not a budget unit, or an invalid year)
     * @throws PdfFontUnavailableException for PDF when the server has no Chinese font
     */
    public ExportedFile file(String unitCode, int year, ReportFiles.Format format, OrgScope scope, Actor actor) {
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        if (format == ReportFiles.Format.XLSX) {
            throw new IllegalArgumentException("the rectification report is .docx or .pdf");
        }
        RectificationReportComposer.Input input = read(unitCode, year, scope);
        List<ReportBlock> blocks = RectificationReportComposer.compose(input);
        String title = RectificationReportComposer.title(input);
        byte[] bytes = format == ReportFiles.Format.DOCX ? ReportDocxWriter.write(title, blocks)
                : pdf.render(ReportHtmlWriter.html(title, blocks));
        String ext = format == ReportFiles.Format.DOCX ? ".docx" : ".pdf";
        String type = format == ReportFiles.Format.DOCX ? ExportedFile.DOCX : ExportedFile.PDF;
        String filename = ReportFiles.safe(input.unit().code() + "-" + year + "-整改报告") + ext;
        ReportGeneration.Kind kind = format == ReportFiles.Format.DOCX ? ReportGeneration.Kind.RECTIFICATION_DOCX
                : ReportGeneration.Kind.RECTIFICATION_PDF;
        store.insertGeneration(new ReportGeneration(0, input.unit().code(), year, kind, filename, type, bytes.length,
                ReportFiles.sha256(bytes), OUTLINE_ID, input.asOf(), actor == null ? null : actor.username()), bytes);
        return new ExportedFile(filename, input.unit().code() + "-" + year + "-rectification-report" + ext, type, bytes);
    }

    /** Everything the report is written from, read now within the scope. */
    @Transactional(readOnly = true)
    RectificationReportComposer.Input read(String unitCode, int year, OrgScope scope) {
        OrgView unit = assembler.unit(unitCode, year, scope);
        FiscalYear fy = FiscalYear.of(year);
        Instant asOf = clock.instant();
        RectificationQueries.ReportData problems = rectifications.report(unit.code(), fy, scope);
        List<QuarterlyReview> reviews = rectifications.reviews(unit.code(), fy, scope);
        return new RectificationReportComposer.Input(unit, year, asOf, selfScore(unit, fy, scope), problems, reviews);
    }

    private RectificationReportComposer.SelfScore selfScore(OrgView unit, FiscalYear year, OrgScope scope) {
        Optional<DepartmentEvaluationSummary> department = departments.summary(unit.code(), year, scope);
        boolean departmentIncomplete = department.isPresent() && department.get().total() == null;
        if (department.isPresent() && !departmentIncomplete) {
            DepartmentEvaluationSummary d = department.get();
            return new RectificationReportComposer.SelfScore(RectificationReportComposer.Basis.DEPARTMENT, d.total(),
                    d.grade() == null ? null : d.grade().label(), d.templateName(), 0, 0, false);
        }
        List<SelfEvaluationSummary> projects = evaluations.list(unit.code(), year, scope);
        List<BigDecimal> totals = projects.stream().map(SelfEvaluationSummary::total).filter(t -> t != null).toList();
        if (totals.isEmpty()) {
            return new RectificationReportComposer.SelfScore(RectificationReportComposer.Basis.NONE, null, null, null,
                    projects.size(), 0, departmentIncomplete);
        }
        BigDecimal average = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
        Optional<ScoringPolicy> policy = RegionCode.isValid(unit.regionCode())
                ? policies.inForce(new RegionCode(unit.regionCode()), year) : Optional.empty();
        String grade = policy.map(p -> p.gradeBands().grade(average).label()).orElse(null);
        return new RectificationReportComposer.SelfScore(RectificationReportComposer.Basis.PROJECT_AVERAGE, average,
                grade, policy.map(ScoringPolicy::name).orElse(null), projects.size(), totals.size(), departmentIncomplete);
    }
}
