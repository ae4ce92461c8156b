package org.jixiao.reports;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.jixiao.exchange.XhtmlPdfRenderer;
import org.jixiao.reports.domain.ReportBlock;

/**
 * Lays the report's blocks out as XHTML for the PDF (openhtmltopdf through {@link XhtmlPdfRenderer}): A4 portrait,
 * 仿宋-like body size 12 pt, headings by level, tables with a repeated header row, charts as embedded PNG images,
 * page numbers at the foot, drafts set apart with a grey rule and the mark 草稿，请修改.
 */
final class ReportHtmlWriter {

    private ReportHtmlWriter() {
    }

    static String html(String title, List<ReportBlock> blocks) {
        return html(title, blocks, false);
    }

    /** @param landscape A4 landscape (the wide 项目支出绩效自评表) instead of portrait */
    static String html(String title, List<ReportBlock> blocks, boolean landscape) {
        StringBuilder h = new StringBuilder(128 * 1024);
        String family = XhtmlPdfRenderer.FONT_FAMILY;
        h.append("<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>").append(esc(title)).append("</title>")
                .append("<meta name=\"author\" content=\"绩效 Jixiao\"/><style>")
                .append("@page { size: A4").append(landscape ? " landscape" : "").append("; margin: 22mm 20mm 22mm 20mm; @bottom-center { content: \"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\"; font-family: ")
                .append(family).append("; font-size: 9pt; } }\n")
                .append("body { font-family: ").append(family).append("; font-size: 12pt; line-height: 1.6; }\n")
                .append("h1 { font-size: 22pt; text-align: center; margin: 60mm 0 16mm 0; }\n")
                .append("h2 { font-size: 15pt; margin: 12pt 0 6pt 0; page-break-after: avoid; }\n")
                .append("h3 { font-size: 13pt; margin: 8pt 0 4pt 0; page-break-after: avoid; }\n")
                .append("h4 { font-size: 12pt; margin: 6pt 0 3pt 0; page-break-after: avoid; }\n")
                .append("p { margin: 0 0 4pt 0; text-indent: 2em; }\n")
                .append("p.center { text-align: center; text-indent: 0; font-size: 14pt; margin: 4pt 0; }\n")
                .append("p.note { font-size: 9pt; color: #444; text-indent: 0; }\n")
                .append("p.absent { color: #7a4a00; }\n")
                .append("p.draft { color: #333; background-color: #f2f2f2; border-left: 3pt solid #999; padding-left: 4pt; }\n")
                .append(".new-page { page-break-before: always; }\n")
                .append("div.caption { font-size: 10.5pt; font-weight: bold; text-align: center; margin: 6pt 0 2pt 0; page-break-after: avoid; }\n")
                .append("table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 8pt; -fs-table-paginate: paginate; }\n")
                .append("td, th { border: 0.6pt solid #000; padding: 2pt 3pt; font-size: 9pt; line-height: 1.3; vertical-align: middle; word-wrap: break-word; }\n")
                .append("th { background-color: #e7e6e6; font-weight: bold; text-align: center; }\n")
                .append("tr { page-break-inside: avoid; }\n")
                .append("td.r { text-align: right; } tr.total td { font-weight: bold; }\n")
                .append("img { display: block; margin: 4pt auto; }\n")
                .append("</style></head><body>");
        // the first chapter after a cover starts on a new page; a document without a cover starts on the first
        boolean afterCover = blocks.stream().noneMatch(b -> b instanceof ReportBlock.Heading cover && cover.level() == 0);
        for (ReportBlock block : blocks) {
            if (block instanceof ReportBlock.Heading heading) {
                if (heading.level() == 0) {
                    h.append("<h1>").append(esc(heading.text())).append("</h1>");
                } else {
                    boolean first = !afterCover;
                    afterCover = true;
                    int tag = Math.min(4, heading.level() + 1);
                    h.append("<h").append(tag).append(first ? " class=\"new-page\"" : "").append('>')
                            .append(esc(heading.text())).append("</h").append(tag).append('>');
                }
            } else if (block instanceof ReportBlock.Paragraph p) {
                h.append("<p class=\"").append(p.style().name().toLowerCase(Locale.ROOT))
                        .append("\">").append(esc(p.text())).append("</p>");
            } else if (block instanceof ReportBlock.Table t) {
                table(h, t);
            } else if (block instanceof ReportBlock.Chart c) {
                // 1200 px drawn for 160 mm of page width
                double widthMm = landscape ? 200 : 160;
                double heightMm = widthMm * c.heightPx() / c.widthPx();
                h.append("<img alt=\"").append(esc(c.caption())).append("\" style=\"width: ")
                        .append(String.format(Locale.ROOT, "%.1fmm; height: %.1fmm", widthMm, heightMm))
                        .append(";\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(c.png()))
                        .append("\"/>");
            } else if (block instanceof ReportBlock.PageBreak) {
                h.append("<div class=\"new-page\"></div>");
            }
        }
        h.append("</body></html>");
        return h.toString();
    }

    private static void table(StringBuilder h, ReportBlock.Table t) {
        if (t.caption() != null && !t.caption().isBlank()) {
            h.append("<div class=\"caption\">").append(esc(t.caption())).append("</div>");
        }
        int sum = 0;
        for (int w : t.widths()) {
            sum += w;
        }
        h.append("<table><colgroup>");
        for (int w : t.widths()) {
            h.append("<col style=\"width: ").append(String.format(Locale.ROOT, "%.2f", 100.0 * w / sum)).append("%\"/>");
        }
        h.append("</colgroup><thead><tr>");
        for (String head : t.header()) {
            h.append("<th>").append(esc(head)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (int r = 0; r < t.rows().size(); r++) {
            boolean total = t.boldLast() && r == t.rows().size() - 1;
            h.append(total ? "<tr class=\"total\">" : "<tr>");
            List<String> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                h.append(t.numeric()[c] ? "<td class=\"r\">" : "<td>").append(esc(row.get(c))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    /** Markup escaped, line breaks as {@code <br/>}, characters XML 1.0 cannot hold dropped. */
    static String esc(String text) {
        return XhtmlPdfRenderer.escape(text);
    }
}
