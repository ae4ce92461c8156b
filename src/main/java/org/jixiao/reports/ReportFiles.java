package org.jixiao.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jixiao.exchange.ExportedFile;
import org.jixiao.exchange.PdfFontUnavailableException;
import org.jixiao.exchange.XhtmlPdfRenderer;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.reports.domain.ReportBlock;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the report files from the data as it stands — the 部门整体支出绩效自评报告 (.docx, .pdf), the
 * self-evaluation tables of a unit-year (.xlsx) and the 项目支出绩效自评表 of one project (.xlsx, .docx, .pdf) — and
 * keeps every generation (bytes, SHA-256, outline, the moment the data was read, who asked) so it can be listed and
 * downloaded again. Within the caller's {@link OrgScope}: another unit is not found.
 */
@Service
@Transactional
public class ReportFiles {

    private final ReportAssembler assembler;
    private final ReportStore store;
    private final XhtmlPdfRenderer pdf;
    private volatile Font chartFont;

    ReportFiles(ReportAssembler assembler, ReportStore store, XhtmlPdfRenderer pdf) {
        this.assembler = assembler;
        this.store = store;
        this.pdf = pdf;
    }

    /** Format of a generated document. */
    public enum Format { DOCX, PDF, XLSX }

    /**
     * @throws NotFoundException           for a unit outside the scope
     * @throws PdfFontUnavailableException for PDF when the server has no Chinese font
     */
    public ExportedFile report(String unitCode, int year, Format format, OrgScope scope, Actor actor) {
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        if (format == Format.XLSX) {
            throw new IllegalArgumentException("the report is .docx or .pdf");
        }
        ReportData data = assembler.assemble(unitCode, year, scope);
        String title = data.unit().name() + data.year().value() + "年度" + data.outline().title();
        List<ReportBlock> blocks = new ReportComposer(chartFont()).compose(data);
        String base = data.unit().code() + "-" + year + "-" + data.outline().title();
        String ascii = data.unit().code() + "-" + year + "-self-evaluation-report";
        return keep(data, format == Format.DOCX ? ReportGeneration.Kind.REPORT_DOCX : ReportGeneration.Kind.REPORT_PDF,
                render(title, blocks, format), base, ascii, format, actor);
    }

    /** The unit-year's tables: a summary sheet, one sheet per project, the department sheet (or its absence). */
    public ExportedFile tables(String unitCode, int year, OrgScope scope, Actor actor) {
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        ReportData data = assembler.assemble(unitCode, year, scope);
        List<ReportXlsxWriter.SheetBlocks> sheets = new ArrayList<>();
        sheets.add(new ReportXlsxWriter.SheetBlocks("项目自评汇总", List.of(TableComposer.summary(data))));
        sheets.add(new ReportXlsxWriter.SheetBlocks("部门整体自评", TableComposer.department(data)));
        int n = 0;
        for (ReportData.ProjectEntry p : data.projects()) {
            sheets.add(new ReportXlsxWriter.SheetBlocks((++n) + "." + p.name(), TableComposer.project(data, p)));
        }
        return keep(data, ReportGeneration.Kind.TABLES_XLSX, ReportXlsxWriter.write(sheets),
                data.unit().code() + "-" + year + "-绩效自评表", data.unit().code() + "-" + year + "-self-evaluation-tables",
                Format.XLSX, actor);
    }

    /** The 项目支出绩效自评表 of one project goal table of the unit-year. */
    public ExportedFile project(String unitCode, int year, long goalTableId, Format format, OrgScope scope, Actor actor) {
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        ReportData data = assembler.assemble(unitCode, year, scope);
        ReportData.ProjectEntry entry = data.projects().stream().filter(p -> p.table().id().equals(new GoalTableId(goalTableId)))
                .findFirst().orElseThrow(() -> new NotFoundException("项目目标表 " + goalTableId + " 不存在"));
        List<ReportBlock> blocks = TableComposer.project(data, entry);
        byte[] bytes = format == Format.XLSX
                ? ReportXlsxWriter.write(List.of(new ReportXlsxWriter.SheetBlocks(entry.name(), blocks)))
                : format == Format.DOCX ? ReportDocxWriter.write(entry.name() + "项目支出绩效自评表", blocks, true)
                : pdf.render(ReportHtmlWriter.html(entry.name() + "项目支出绩效自评表", blocks, true));
        ReportGeneration.Kind kind = switch (format) {
            case XLSX -> ReportGeneration.Kind.PROJECT_XLSX;
            case DOCX -> ReportGeneration.Kind.PROJECT_DOCX;
            case PDF -> ReportGeneration.Kind.PROJECT_PDF;
        };
        return keep(data, kind, bytes, data.unit().code() + "-" + year + "-" + entry.code() + "-" + entry.name() + "项目支出绩效自评表",
                data.unit().code() + "-" + year + "-" + entry.code() + "-project-self-evaluation", format, actor);
    }

    /** Every kept generation of the unit-year, newest first. */
    @Transactional(readOnly = true)
    public List<ReportGeneration> generations(String unitCode, int year, OrgScope scope, Actor actor) {
        OrgView unit = assembler.unit(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return store.generations(unit.code(), FiscalYear.of(year));
    }

    /** A kept generation's file, byte for byte as handed out then; empty when unknown or outside the scope. */
    @Transactional(readOnly = true)
    public Optional<ExportedFile> download(long id, OrgScope scope, Actor actor) {
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return store.generation(id).filter(g -> scope.contains(g.unitCode())).map(g -> new ExportedFile(g.filename(),
                g.unitCode() + "-" + g.year() + "-generation-" + g.id() + extension(g.contentType()), g.contentType(),
                store.content(g.id())));
    }

    /** The blocks laid out as .docx or .pdf, without keeping anything (for benchmarks and tests). */
    byte[] render(String title, List<ReportBlock> blocks, Format format) {
        return switch (format) {
            case DOCX -> ReportDocxWriter.write(title, blocks);
            case PDF -> pdf.render(ReportHtmlWriter.html(title, blocks));
            case XLSX -> ReportXlsxWriter.write(List.of(new ReportXlsxWriter.SheetBlocks(title, blocks)));
        };
    }

    private ExportedFile keep(ReportData data, ReportGeneration.Kind kind, byte[] bytes, String name, String ascii,
                              Format format, Actor actor) {
        String ext = "." + format.name().toLowerCase(java.util.Locale.ROOT);
        String type = switch (format) {
            case DOCX -> ExportedFile.DOCX;
            case PDF -> ExportedFile.PDF;
            case XLSX -> ExportedFile.XLSX;
        };
        String filename = safe(name) + ext;
        ReportGeneration g = new ReportGeneration(0, data.unit().code(), data.year().value(), kind, filename, type,
                bytes.length, sha256(bytes), data.outline().id(), data.dataAsOf(), actor == null ? null : actor.username());
        store.insertGeneration(g, bytes);
        return new ExportedFile(filename, ascii + ext, type, bytes);
    }

    /** The Chinese font for chart labels: the PDF's font, else the JVM's sans-serif (labels may then show boxes). */
    Font chartFont() {
        Font font = chartFont;
        if (font == null) {
            try {
                Font[] fonts = Font.createFonts(pdf.fontPath().toFile());
                font = fonts[0];
            } catch (PdfFontUnavailableException | IOException | FontFormatException e) {
                font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            }
            chartFont = font;
        }
        return font;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case ExportedFile.DOCX -> ".docx";
            case ExportedFile.PDF -> ".pdf";
            default -> ".xlsx";
        };
    }

    static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.length() > 150 ? cleaned.substring(0, 150) : cleaned;
    }
}
