package org.jixiao.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The cells of one worksheet as read from the file (0-based row and column), with its merged ranges. Only the
 * first {@link #MAX_COLUMNS} columns are kept: the template uses ten.
 */
final class SheetGrid {

    static final int MAX_COLUMNS = 64;

    private final String name;
    /** Cells by row, each row an array by column (a map per row cost about three times the memory). */
    private final Map<Integer, GridCell[]> rows = new HashMap<>();
    private final List<CellRangeAddress> merges = new ArrayList<>();
    private int lastRow = -1;

    SheetGrid(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void put(int row, int column, GridCell cell) {
        if (column < 0 || column >= MAX_COLUMNS || row < 0) {
            return;
        }
        GridCell[] cells = rows.get(row);
        if (cells == null || cells.length <= column) {
            GridCell[] grown = new GridCell[Math.max(column + 1, cells == null ? 10 : Math.min(MAX_COLUMNS, cells.length * 2))];
            if (cells != null) {
                System.arraycopy(cells, 0, grown, 0, cells.length);
            }
            cells = grown;
            rows.put(row, cells);
        }
        cells[column] = cell;
        if (!cell.isBlank()) {
            lastRow = Math.max(lastRow, row);
        }
    }

    void merge(CellRangeAddress range) {
        merges.add(range);
    }

    GridCell cell(int row, int column) {
        GridCell[] cells = rows.get(row);
        GridCell cell = cells == null || column < 0 || column >= cells.length ? null : cells[column];
        return cell == null ? GridCell.BLANK : cell;
    }

    /** The last row holding a non-blank cell, -1 for an empty sheet. */
    int lastRow() {
        return lastRow;
    }

    List<CellRangeAddress> merges() {
        return merges;
    }

    /**
     * The merged range starting above {@code row} in {@code column} that covers it, if any: a merged 一级/二级
     * cell whose value sits in its first row. Ranges of one column are indexed by first row (real files do not
     * overlap them; a file that does gets one of them).
     */
    CellRangeAddress mergeCovering(int row, int column) {
        TreeMap<Integer, CellRangeAddress> ranges = mergesByColumn().get(column);
        if (ranges == null) {
            return null;
        }
        Map.Entry<Integer, CellRangeAddress> above = ranges.lowerEntry(row);
        return above != null && above.getValue().getLastRow() >= row ? above.getValue() : null;
    }

    private Map<Integer, TreeMap<Integer, CellRangeAddress>> byColumn;

    private Map<Integer, TreeMap<Integer, CellRangeAddress>> mergesByColumn() {
        if (byColumn == null) {
            byColumn = new HashMap<>();
            for (CellRangeAddress range : merges) {
                if (range.getFirstColumn() >= 0 && range.getFirstColumn() < MAX_COLUMNS) {
                    byColumn.computeIfAbsent(range.getFirstColumn(), c -> new TreeMap<>())
                            .putIfAbsent(range.getFirstRow(), range);
                }
            }
        }
        return byColumn;
    }
}
