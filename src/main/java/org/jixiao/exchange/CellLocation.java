package org.jixiao.exchange;

import org.apache.poi.ss.util.CellReference;

/**
 * A place in an uploaded workbook: a sheet, and within it a row and a column (0-based; null when the problem
 * concerns the whole sheet or the whole column). A null sheet means the file or the request as a whole.
 */
record CellLocation(String sheet, Integer row, Integer column) {

    static final CellLocation FILE = new CellLocation(null, null, null);

    static CellLocation sheet(String sheet) {
        return new CellLocation(sheet, null, null);
    }

    /** Excel's row number (1-based), or null. */
    Integer excelRow() {
        return row == null ? null : row + 1;
    }

    /** Excel's column letters (A, B … AA), or null. */
    String columnLetters() {
        return column == null ? null : CellReference.convertNumToColString(column);
    }

    /** The cell reference (C4) when row and column are known. */
    String cell() {
        return row == null || column == null ? null : columnLetters() + excelRow();
    }
}
