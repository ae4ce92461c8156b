package org.jixiao.exchange;

import java.util.List;

import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports goal tables as office files (only of units inside the caller's {@link OrgScope}): a whole unit-year (绩效目标申报: the department's goals and every project)
 * or one table, as .xlsx in the Jixiao template (which {@link GoalTableImports} reads back) or as .docx for reading
 * and printing.
 */
@Service
@Transactional(readOnly = true)
public class GoalTableExports {

    private final GoalTableQueries tables;
    private final OrgQueries orgs;
    /** Locates the font at the first PDF, so a server without a Chinese font still starts and exports .xlsx/.docx. */
    private final XhtmlPdfRenderer pdf;

    GoalTableExports(GoalTableQueries tables, OrgQueries orgs, XhtmlPdfRenderer pdf) {
        this.tables = tables;
        this.orgs = orgs;
        this.pdf = pdf;
    }

    public ExportedFile unitYearXlsx(String unitCode, int year, OrgScope scope) {
        ExportBook book = unitYear(unitCode, year, scope);
        return xlsx(book, book.unitCode() + "-" + year + "-绩效目标申报", book.unitCode() + "-" + year + "-goal-tables");
    }

    public ExportedFile unitYearDocx(String unitCode, int year, OrgScope scope) {
        ExportBook book = unitYear(unitCode, year, scope);
        return docx(book, book.unitCode() + "-" + year + "-绩效目标申报", book.unitCode() + "-" + year + "-goal-tables");
    }

    /** @throws PdfFontUnavailableException when the server has no usable Chinese font (see {@link PdfProperties}) */
    public ExportedFile unitYearPdf(String unitCode, int year, OrgScope scope) {
        ExportBook book = unitYear(unitCode, year, scope);
        return pdf(book, book.unitCode() + "-" + year + "-绩效目标申报", book.unitCode() + "-" + year + "-goal-tables");
    }

    public ExportedFile tableXlsx(long id, OrgScope scope) {
        ExportBook book = single(id, scope);
        return xlsx(book, singleName(book), singleAsciiName(book));
    }

    public ExportedFile tableDocx(long id, OrgScope scope) {
        ExportBook book = single(id, scope);
        return docx(book, singleName(book), singleAsciiName(book));
    }

    /** @throws PdfFontUnavailableException when the server has no usable Chinese font (see {@link PdfProperties}) */
    public ExportedFile tablePdf(long id, OrgScope scope) {
        ExportBook book = single(id, scope);
        return pdf(book, singleName(book), singleAsciiName(book));
    }

    private ExportBook unitYear(String unitCode, int year, OrgScope scope) {
        OrgView unit = orgs.find(unitCode, scope).orElseThrow(() -> new NotFoundException("单位“" + unitCode + "”不存在"));
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        List<GoalTableView> views = tables.findAll(unit.code(), FiscalYear.of(year), scope);
        if (views.isEmpty()) {
            throw new NotFoundException(unit.code() + unit.name() + " " + year + " 年度还没有目标表，无法导出。");
        }
        return new ExportBook(unit.code(), unit.name(), FiscalYear.of(year), views);
    }

    private ExportBook single(long id, OrgScope scope) {
        GoalTableView view = (id > 0 ? tables.find(new GoalTableId(id), scope) : java.util.Optional.<GoalTableView>empty())
                .orElseThrow(() -> new NotFoundException("目标表不存在: " + id));
        return new ExportBook(view.unitCode(), view.unitName(), view.year(), List.of(view));
    }

    private static String singleName(ExportBook book) {
        GoalTableView view = book.tables().get(0);
        String what = view.project() == null ? view.kind().label()
                : view.project().content().code().value() + "-" + view.project().content().name() + "绩效目标表";
        return book.unitCode() + "-" + book.year().value() + "-" + what;
    }

    private static String singleAsciiName(ExportBook book) {
        GoalTableView view = book.tables().get(0);
        String what = view.project() == null ? "department" : view.project().content().code().value();
        return book.unitCode() + "-" + book.year().value() + "-" + what;
    }

    private static ExportedFile xlsx(ExportBook book, String name, String ascii) {
        return new ExportedFile(safe(name) + ".xlsx", ascii + ".xlsx", ExportedFile.XLSX, new XlsxBookWriter().write(book));
    }

    private static ExportedFile docx(ExportBook book, String name, String ascii) {
        return new ExportedFile(safe(name) + ".docx", ascii + ".docx", ExportedFile.DOCX, new DocxBookWriter().write(book));
    }

    private ExportedFile pdf(ExportBook book, String name, String ascii) {
        return new ExportedFile(safe(name) + ".pdf", ascii + ".pdf", ExportedFile.PDF, new PdfBookWriter(pdf).write(book));
    }

    /** No path separators or characters Windows refuses in a file name. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.length() > 150 ? cleaned.substring(0, 150) : cleaned;
    }
}
