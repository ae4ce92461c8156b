package org.jixiao.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jixiao.testsupport.Seed001;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document built to look like the original of seed 001, from the seed's text (not from the demo data):
 * the department part as paragraphs under its chapters (including 三、工作保障措施, which is not goals), then per
 * project the heading "N.…绩效目标表", a 7-column header table whose first row is the unit line with 单位：万元,
 * and a 7-column indicator table with the blank spacer column of the original. Cells are merged the way people
 * make such tables in Word: a value followed by blank cells spans them ({@code gridSpan}) — except in the plan
 * rows, where the blank cells stay as spacer cells — the 预算规模及资金用途 and 资金支出计划 labels and the
 * blank 一级/二级 cells are vertical merges ({@code vMerge}).
 */
final class SeedDocx {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*]");
    private static final Pattern TABLE_HEADING = Pattern.compile("^(\\d+)[.．](.+)绩效目标表$");
    private static final int WIDTH = 7;
    private static final int COLUMN_TWIPS = 1300;

    private SeedDocx() {
    }

    static byte[] build() {
        return build(Seed001.readResource());
    }

    static byte[] build(String seedText) {
        List<String> lines = new ArrayList<>();
        for (String line : seedText.replace("\uFEFF", "").split("\\r?\\n|\\r", -1)) {
            lines.add(BOOKMARK.matcher(line).replaceAll(""));
        }
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (TABLE_HEADING.matcher(lines.get(i).strip()).matches()) {
                headings.add(i);
            }
        }
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : lines.subList(0, headings.get(0))) {
                paragraph(doc, line.strip());
            }
            for (int h = 0; h < headings.size(); h++) {
                int from = headings.get(h);
                int to = h + 1 < headings.size() ? headings.get(h + 1) : lines.size();
                paragraph(doc, lines.get(from).strip());
                List<String> cells = cells(lines.subList(from + 1, to));
                int split = cells.indexOf("一级指标");
                if (split != 6 * WIDTH + WIDTH) {
                    throw new IllegalStateException("header table of " + lines.get(from) + " has " + split + " cells");
                }
                headerTable(doc, rows(cells.subList(0, split)));
                paragraph(doc, "");
                indicatorTable(doc, rows(cells.subList(split, cells.size())));
                paragraph(doc, "");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seed001's reading of the converted text: a TAB-led line opens a cell, other non-blank lines continue it. */
    private static List<String> cells(List<String> section) {
        List<StringBuilder> cells = new ArrayList<>();
        for (String line : section) {
            if (line.startsWith("\t")) {
                cells.add(new StringBuilder(line.substring(1).strip()));
            } else if (!line.isBlank() && !cells.isEmpty()) {
                StringBuilder cell = cells.get(cells.size() - 1);
                cell.append(cell.isEmpty() ? "" : "\n").append(line.strip());
            }
        }
        return cells.stream().map(c -> c.toString().strip()).toList();
    }

    private static List<List<String>> rows(List<String> cells) {
        if (cells.size() % WIDTH != 0) {
            throw new IllegalStateException(cells.size() + " cells do not make rows of " + WIDTH);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += WIDTH) {
            rows.add(cells.subList(i, i + WIDTH));
        }
        return rows;
    }

    private static void paragraph(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (!text.isEmpty()) {
            XWPFRun run = p.createRun();
            run.setFontFamily("宋体", XWPFRun.FontCharRange.eastAsia);
            run.setText(text);
        }
    }

    /**
     * Rows: unit line, 项目编码, 预算规模及资金用途 (two rows), 资金支出计划 (two rows), 绩效目标. The first cell
     * of the second row of a two-row block continues a vertical merge.
     */
    private static void headerTable(XWPFDocument doc, List<List<String>> rows) {
        CTTbl table = newTable(doc);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String label = row.get(0);
            boolean plan = label.startsWith("资金支出计划") || r > 0 && rows.get(r - 1).get(0).startsWith("资金支出计划");
            CTRow tr = table.addNewTr();
            for (int c = 0; c < WIDTH; c++) {
                String text = row.get(c);
                int span = 1;
                if (!plan && !text.isEmpty()) {
                    while (c + span < WIDTH && row.get(c + span).isBlank()) {
                        span++;
                    }
                }
                CTTc tc = cell(tr, text, span);
                if (c == 0 && (label.equals("预算规模及资金用途") || label.startsWith("资金支出计划"))) {
                    tc.getTcPr().addNewVMerge().setVal(STMerge.RESTART);
                } else if (c == 0 && text.isEmpty() && r > 0) {
                    tc.getTcPr().addNewVMerge(); // continues the label above
                    if (!plan) {
                        // the 资金用途 row: the text spans the rest of the row
                        cell(tr, row.get(1), WIDTH - 1);
                        break;
                    }
                }
                c += span - 1;
            }
        }
    }

    /** 7 columns with the original's blank spacer column; blank 一级/二级 cells continue the merge above. */
    private static void indicatorTable(XWPFDocument doc, List<List<String>> rows) {
        CTTbl table = newTable(doc);
        for (int r = 0; r < rows.size(); r++) {
            CTRow tr = table.addNewTr();
            for (int c = 0; c < WIDTH; c++) {
                String text = rows.get(r).get(c);
                CTTc tc = cell(tr, text, 1);
                if (r > 0 && c < 2) {
                    boolean continues = text.isEmpty();
                    boolean starts = !continues && r + 1 < rows.size() && rows.get(r + 1).get(c).isEmpty();
                    if (continues) {
                        tc.getTcPr().addNewVMerge();
                    } else if (starts) {
                        tc.getTcPr().addNewVMerge().setVal(STMerge.RESTART);
                    }
                }
            }
        }
    }

    private static CTTbl newTable(XWPFDocument doc) {
        XWPFTable t = doc.createTable();
        CTTbl table = t.getCTTbl();
        table.removeTr(0);
        CTTblGrid grid = table.getTblGrid() == null ? table.addNewTblGrid() : table.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < WIDTH; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(COLUMN_TWIPS));
        }
        return table;
    }

    /** A cell with one paragraph per line of {@code text} (Word's way of writing the 绩效目标 items). */
    private static CTTc cell(CTRow tr, String text, int span) {
        CTTc tc = tr.addNewTc();
        CTTcPr pr = tc.addNewTcPr();
        pr.addNewTcW().setW(BigInteger.valueOf((long) COLUMN_TWIPS * span));
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        for (String line : text.split("\n", -1)) {
            CTP p = tc.addNewP();
            if (!line.isEmpty()) {
                CTR r = p.addNewR();
                r.addNewT().setStringValue(line);
            }
        }
        return tc;
    }
}
