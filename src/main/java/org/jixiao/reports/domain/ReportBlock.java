package org.jixiao.reports.domain;

import java.util.List;
import java.util.Objects;

/**
 * One piece of the report in a form both writers (.docx and .pdf) lay out the same way: headings, paragraphs,
 * tables, chart images and page breaks. The report is composed once as blocks; every number in them was read from
 * the data at generation time.
 */
public sealed interface ReportBlock {

    /** A heading; level 0 is the cover title. */
    record Heading(int level, String text) implements ReportBlock {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** How a paragraph is set. */
    enum Style {
        /** Body text, first line indented. */
        BODY,
        /** A generated draft the unit has not replaced yet: set apart and marked 草稿，请修改. */
        DRAFT,
        /** Data not in the system yet, said plainly (尚未录入…). */
        ABSENT,
        /** Centred (cover lines). */
        CENTER,
        /** Small print under a table or chart. */
        NOTE
    }

    record Paragraph(String text, Style style) implements ReportBlock {
        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    /**
     * A table with one header row. {@code widths} are relative column widths; {@code numeric} marks columns set
     * right-aligned; {@code boldLast} sets the last row (a total) bold.
     */
    record Table(String caption, List<String> header, List<List<String>> rows, int[] widths, boolean[] numeric,
                 boolean boldLast) implements ReportBlock {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            if (widths.length != header.size() || numeric.length != header.size()) {
                throw new IllegalArgumentException("one width and one alignment per column");
            }
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("row of " + row.size() + " cells under " + header.size() + " columns");
                }
            }
        }
    }

    /** A chart drawn as a PNG image, {@code widthPx}×{@code heightPx} pixels at 144 dpi. */
    record Chart(String caption, byte[] png, int widthPx, int heightPx) implements ReportBlock {
    }

    record PageBreak() implements ReportBlock {
    }
}
