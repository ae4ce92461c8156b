package org.jixiao.exchange;

import org.apache.poi.ss.util.CellReference;

/**
 * A place in an uploaded file: a sheet (of a workbook) or a table (of a Word document), and within it a row and a
 * column (0-based; null when the problem concerns the whole sheet or the whole column). A null sheet means the file
 * or the request as a whole. Columns of a workbook are shown as letters (C), columns of a Word table as numbers
 * ({@code numbered}: Word has no letters, a person counts the cells of the row).
 */
record CellLocation(String sheet, Integer row, Integer column, boolean numbered) {

    static final CellLocation FILE = new CellLocation(null, null, null);

    CellLocation(String sheet, Integer row, Integer column) {
        this(sheet, row, column, false);
    }

    static CellLocation sheet(String sheet) {
        return new CellLocation(sheet, null, null);
    }

    /** Excel's row number (1-based), or the row of a Word table counted from 1, or null. */
    Integer excelRow() {
        return row == null ? null : row + 1;
    }

    /** Excel's column letters (A, B … AA), a Word table's column number (1, 2 …), or null. */
    String columnLetters() {
        if (column == null) {
            return null;
        }
        return numbered ? Integer.toString(column + 1) : CellReference.convertNumToColString(column);
    }

    /** The cell reference (C4; 第4行第3列 in a Word table) when row and column are known. */
    String cell() {
        if (row == null || column == null) {
            return null;
        }
        return numbered ? "第" + excelRow() + "行第" + columnLetters() + "列" : columnLetters() + excelRow();
    }
}
