package org.jixiao.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.projects.domain.Checkpoint;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.shared.Amount;

/**
 * Writes a book of goal tables as a PDF laid out like the .docx ({@link DocxBookWriter}) and so like seed 001:
 * title, 第一部分 部门整体绩效目标, 第二部分 预算项目绩效目标, per project (each on a new page) the heading
 * "N.项目名称绩效目标表", the unit line with 单位：万元, the header table and the indicator table with merged
 * 一级/二级 cells and a header row repeated on every page. A4, portrait unless the optional columns are used
 * (then landscape, as the .docx). The book is written as XHTML and laid out by {@link XhtmlPdfRenderer} (openhtmltopdf
 * on PDFBox); the Chinese font ({@link PdfFont}) is embedded as a subset, so the file shows the same on machines
 * without Chinese fonts.
 */
final class PdfBookWriter {

    /** The CSS family name the font is registered under; nothing else is used, so no glyph comes from elsewhere. */
    static final String FAMILY = "JixiaoCJK";
    private static final int HEADER_PLAN_SLOTS = 6;

    private final XhtmlPdfRenderer renderer;

    PdfBookWriter(XhtmlPdfRenderer renderer) {
        this.renderer = renderer;
    }

    /** Lays the book out through the shared renderer, which parses the Chinese font once for every PDF it makes. */
    byte[] write(ExportBook book) {
        return renderer.render(html(book));
    }

    /** The XHTML the PDF is laid out from (well-formed XML, as openhtmltopdf's parser requires). */
    String html(ExportBook book) {
        boolean extras = book.tables().stream().flatMap(t -> t.content().indicators().stream()).anyMatch(PdfBookWriter::hasExtras);
        String title = book.unitCode() + book.unitName() + book.year().value() + "年度绩效目标申报";
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>").append(esc(title)).append("</title>")
                .append("<meta name=\"author\" content=\"绩效 Jixiao\"/>")
                .append("<style>").append(css(extras)).append("</style>");
        List<GoalTableView> projects = new ArrayList<>();
        GoalTableView department = null;
        for (GoalTableView table : book.tables()) {
            if (table.project() == null) {
                department = table;
            } else {
                projects.add(table);
            }
        }
        boolean parts = book.tables().size() > 1;
        bookmarks(h, department, projects);
        h.append("</head><body>");
        h.append("<h1>").append(esc(title)).append("</h1>");
        if (department != null) {
            h.append("<h2 id=\"t0\" class=\"part\">").append(parts ? "第一部分　部门整体绩效目标" : esc(department.kind().label())).append("</h2>");
            unitLine(h, department, false);
            for (String goal : department.content().goals()) {
                h.append("<p class=\"goal\">").append(esc(goal)).append("</p>");
            }
            if (!department.content().indicators().isEmpty()) {
                indicatorTable(h, department.content().indicators(), extras);
            }
        }
        if (!projects.isEmpty() && parts) {
            h.append("<h2 class=\"part new-page\">第二部分　预算项目绩效目标</h2>");
        }
        for (int i = 0; i < projects.size(); i++) {
            GoalTableView table = projects.get(i);
            h.append("<div class=\"project").append(i > 0 ? " new-page" : "").append("\">");
            h.append("<h3 id=\"t").append(i + 1).append("\">").append(i + 1).append('.')
                    .append(esc(table.project().content().name())).append("绩效目标表</h3>");
            unitLine(h, table, true);
            headerTable(h, table);
            indicatorTable(h, table.content().indicators(), extras);
            h.append("</div>");
        }
        h.append("</body></html>");
        return h.toString();
    }

    private static String css(boolean landscape) {
        return "@page { size: A4" + (landscape ? " landscape" : "") + "; margin: 18mm 15mm 18mm 15mm;"
                + " @bottom-center { content: \"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\"; font-family: " + FAMILY + "; font-size: 9pt; } }\n"
                + "body { font-family: " + FAMILY + "; font-size: 10.5pt; line-height: 1.35; }\n"
                + "h1 { font-size: 18pt; text-align: center; margin: 0 0 12pt 0; }\n"
                + "h2 { font-size: 16pt; text-align: center; margin: 12pt 0; page-break-after: avoid; }\n"
                + "h3 { font-size: 14pt; text-align: center; margin: 6pt 0 10pt 0; page-break-after: avoid; }\n"
                + ".new-page { page-break-before: always; }\n"
                + "p.goal { font-size: 12pt; text-indent: 2em; line-height: 1.6; margin: 0 0 4pt 0; }\n"
                + "table.unit { width: 100%; border-collapse: collapse; margin-bottom: 3pt; page-break-after: avoid; }\n"
                + "table.unit td { padding: 0; }\n"
                + "table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 8pt;"
                + " -fs-table-paginate: paginate; -fs-page-break-min-height: 1.5cm; }\n"
                + "table.grid td, table.grid th { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: middle;"
                + " word-wrap: break-word; text-align: left; font-weight: normal; }\n"
                + "table.grid th, table.grid td.label { text-align: center; font-weight: bold; }\n"
                + "table.grid thead th { background-color: #e7e6e6; }\n"
                + "table.grid tr { page-break-inside: avoid; }\n"
                + "td.code { font-size: 9.5pt; }\n"
                + ".c { text-align: center !important; } .r { text-align: right !important; }\n"
                + "table.header { page-break-inside: avoid; }\n";
    }

    /** PDF outline: the department table and every project, for the reader's sidebar. */
    private static void bookmarks(StringBuilder h, GoalTableView department, List<GoalTableView> projects) {
        h.append("<bookmarks>");
        if (department != null) {
            h.append("<bookmark name=\"").append(attr(department.kind().label())).append("\" href=\"#t0\"/>");
        }
        for (int i = 0; i < projects.size(); i++) {
            h.append("<bookmark name=\"").append(i + 1).append('.').append(attr(projects.get(i).project().content().name()))
                    .append("\" href=\"#t").append(i + 1).append("\"/>");
        }
        h.append("</bookmarks>");
    }

    /** "807001巨鹿县消防救援大队本级" on the left, "单位：万元" on the right. */
    private static void unitLine(StringBuilder h, GoalTableView table, boolean money) {
        h.append("<table class=\"unit\"><tr><td>").append(esc(table.unitCode() + table.unitName())).append("</td><td class=\"r\">")
                .append(money ? WorkbookTemplate.MONEY_UNIT : "").append("</td></tr></table>");
    }

    private static void headerTable(StringBuilder h, GoalTableView table) {
        ProjectContent project = table.project().content();
        h.append("<table class=\"grid header\">");
        colgroup(h, new int[]{16, 12, 14, 14, 14, 14, 16});
        h.append("<tr>").append(label(WorkbookTemplate.PROJECT_CODE, 1, 1))
                .append(cell(project.code().value(), 2, "c code")).append(label(WorkbookTemplate.PROJECT_NAME, 1, 1))
                .append(cell(project.name(), 3, null)).append("</tr>");
        h.append("<tr>").append(label(WorkbookTemplate.FUNDING, 1, 2))
                .append(label(WorkbookTemplate.BUDGET, 1, 1)).append(cell(money(project.funding().budget()), 1, "c"))
                .append(label(WorkbookTemplate.FISCAL, 1, 1)).append(cell(money(project.funding().fiscal()), 1, "c"))
                .append(label(WorkbookTemplate.OTHER, 1, 1)).append(cell(money(project.funding().other()), 1, "c"))
                .append("</tr>");
        h.append("<tr>").append(cell(project.purpose(), 6, null)).append("</tr>");
        List<Checkpoint> plan = project.plan().checkpoints();
        int pairs = Math.max(1, (plan.size() + HEADER_PLAN_SLOTS - 1) / HEADER_PLAN_SLOTS);
        for (int p = 0; p < pairs; p++) {
            StringBuilder months = new StringBuilder("<tr>");
            StringBuilder percents = new StringBuilder("<tr>");
            if (p == 0) {
                months.append(label(WorkbookTemplate.PLAN, 1, 2 * pairs));
            }
            for (int slot = 0; slot < HEADER_PLAN_SLOTS; slot++) {
                int index = p * HEADER_PLAN_SLOTS + slot;
                Checkpoint c = index < plan.size() ? plan.get(index) : null;
                months.append(label(c == null ? "" : c.month() + "月底", 1, 1));
                percents.append(cell(c == null ? "" : c.cumulativePercent().stripTrailingZeros().toPlainString() + "%", 1, "c"));
            }
            h.append(months).append("</tr>").append(percents).append("</tr>");
        }
        h.append("<tr>").append(label(WorkbookTemplate.GOALS, 1, 1)).append("<td colspan=\"6\">");
        List<String> goals = table.content().goals();
        for (int i = 0; i < goals.size(); i++) {
            h.append("<div>").append(i + 1).append('.').append(esc(goals.get(i))).append("</div>");
        }
        h.append("</td></tr></table>");
    }

    private static void indicatorTable(StringBuilder h, List<Indicator> rows, boolean extras) {
        WorkbookTemplate.Column[] columns = extras ? WorkbookTemplate.Column.values()
                : Arrays.copyOf(WorkbookTemplate.Column.values(), 6);
        int[] weights = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            weights[i] = columns[i].width;
        }
        // "一级指标" and "产出指标" on one line even with all ten columns on the page
        weights[0] = Math.max(weights[0], 12);
        h.append("<table class=\"grid indicators\">");
        colgroup(h, weights);
        h.append("<thead><tr>");
        for (WorkbookTemplate.Column column : columns) {
            h.append("<th>").append(esc(column.label)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (int i = 0; i < rows.size(); i++) {
            Indicator indicator = rows.get(i);
            h.append("<tr>");
            for (WorkbookTemplate.Column column : columns) {
                switch (column) {
                    case LEVEL1, LEVEL2 -> {
                        boolean level1 = column == WorkbookTemplate.Column.LEVEL1;
                        if (i > 0 && sameGroup(rows.get(i - 1), indicator, level1)) {
                            continue; // covered by the rowspan of the run's first row
                        }
                        int span = 1;
                        while (i + span < rows.size() && sameGroup(rows.get(i + span - 1), rows.get(i + span), level1)) {
                            span++;
                        }
                        h.append(cell((level1 ? indicator.level1() : indicator.level2()).original(), 1, span, "c"));
                    }
                    case NAME -> h.append(cell(indicator.name(), 1, null));
                    case DESCRIPTION -> h.append(cell(indicator.description(), 1, null));
                    case VALUE -> h.append(cell(indicator.value().format(), 1, null));
                    case BASIS -> h.append(cell(indicator.basis(), 1, null));
                    case WEIGHT -> h.append(cell(indicator.weight() == null ? "" : indicator.weight().stripTrailingZeros().toPlainString(), 1, "c"));
                    case FORMULA -> h.append(cell(indicator.formula(), 1, null));
                    case DATA_SOURCE -> h.append(cell(indicator.dataSource(), 1, null));
                    case SCORING_STANDARD -> h.append(cell(indicator.scoringStandard(), 1, null));
                }
            }
            h.append("</tr>");
        }
        if (rows.isEmpty()) {
            h.append("<tr><td colspan=\"").append(columns.length).append("\" class=\"c\">（无绩效指标）</td></tr>");
        }
        h.append("</tbody></table>");
    }

    /** Same rule as the .docx and .xlsx: runs of the same non-empty 一级, and of the same 二级 inside one 一级. */
    private static boolean sameGroup(Indicator a, Indicator b, boolean level1) {
        String a1 = a.level1().original();
        boolean sameLevel1 = !a1.isEmpty() && a1.equals(b.level1().original());
        if (level1) {
            return sameLevel1;
        }
        String a2 = a.level2().original();
        return Objects.equals(a1, b.level1().original()) && !a2.isEmpty() && a2.equals(b.level2().original());
    }

    private static void colgroup(StringBuilder h, int[] weights) {
        int sum = Arrays.stream(weights).sum();
        h.append("<colgroup>");
        for (int w : weights) {
            h.append("<col style=\"width: ").append(String.format(java.util.Locale.ROOT, "%.2f", 100.0 * w / sum)).append("%\"/>");
        }
        h.append("</colgroup>");
    }

    private static String label(String text, int colspan, int rowspan) {
        return "<td class=\"label\"" + spans(colspan, rowspan) + ">" + esc(text) + "</td>";
    }

    private static String cell(String text, int colspan, String css) {
        return cell(text, colspan, 1, css);
    }

    private static String cell(String text, int colspan, int rowspan, String css) {
        return "<td" + (css == null ? "" : " class=\"" + css + "\"") + spans(colspan, rowspan) + ">" + esc(text) + "</td>";
    }

    private static String spans(int colspan, int rowspan) {
        return (colspan > 1 ? " colspan=\"" + colspan + "\"" : "") + (rowspan > 1 ? " rowspan=\"" + rowspan + "\"" : "");
    }

    /**
     * Text as XHTML: markup characters escaped, line breaks kept as {@code <br/>}, characters XML 1.0 cannot
     * hold dropped (as in the .docx).
     */
    static String esc(String text) {
        return XhtmlPdfRenderer.escape(text);
    }

    /** An attribute value: escaped, on one line. */
    static String attr(String text) {
        return esc(text == null ? "" : text.replaceAll("[\\r\\n]+", " "));
    }

    private static boolean hasExtras(Indicator i) {
        return i.weight() != null || notBlank(i.formula()) || notBlank(i.dataSource()) || notBlank(i.scoringStandard());
    }

    private static String money(Amount amount) {
        return amount == null ? "" : amount.toWan().toPlainString();
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
