package org.jixiao.exchange;

import static org.jixiao.exchange.WorkbookTemplate.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.exchange.ReadBook.ReadProblem;
import org.jixiao.exchange.ReadBook.ReadTable;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableKind;

/**
 * Turns the sheets of a workbook in the Jixiao template into {@link GoalTableInput}s, text as found: checking
 * the values is the goal module's parser's work. Finds the blocks by their labels in column A (so rows may be
 * added, e.g. more goal items), the indicator columns by their header labels, fills merged 一级/二级 cells down,
 * and records the cell of every field so that each violation can be shown at its cell. Missing labels, error
 * values and formulas without a saved result are reported here. Pure: no I/O, never throws on content.
 */
final class GoalBookReader {

    private static final Pattern MONTH = Pattern.compile("\\s*(\\d{1,2})\\s*(月\\s*(底|末)?)?\\s*");
    private static final Pattern GOAL_NUMBER = Pattern.compile("^\\s*\\d{1,3}[.．、]");

    private final DataFormatter formatter = new DataFormatter(java.util.Locale.SIMPLIFIED_CHINESE);

    ReadBook read(List<SheetGrid> sheets) {
        List<ReadProblem> problems = new ArrayList<>();
        String unitCode = null;
        String year = null;
        CellLocation unitCell = null;
        CellLocation yearCell = null;
        int firstTable = 0;
        if (!sheets.isEmpty()) {
            SheetGrid first = sheets.get(0);
            CellLocation unitLabel = findLabel(first, UNIT_CODE);
            CellLocation yearLabel = findLabel(first, YEAR);
            if (unitLabel != null || yearLabel != null || isLabel(first.name(), INDEX_SHEET)) {
                firstTable = 1;
                if (unitLabel != null) {
                    unitCell = new CellLocation(first.name(), unitLabel.row(), unitLabel.column() + 1);
                    unitCode = value(first, unitCell, problems).strip();
                }
                if (yearLabel != null) {
                    yearCell = new CellLocation(first.name(), yearLabel.row(), yearLabel.column() + 1);
                    year = value(first, yearCell, problems).strip();
                }
            }
        }
        List<ReadTable> tables = new ArrayList<>();
        for (int i = firstTable; i < sheets.size(); i++) {
            ReadTable table = readTable(sheets.get(i), problems);
            if (table != null) {
                tables.add(table);
            }
        }
        if (tables.isEmpty()) {
            problems.add(ReadProblem.error(CellLocation.FILE, "noTables"));
        }
        return new ReadBook(emptyToNull(unitCode), unitCell, emptyToNull(year), yearCell, tables, problems);
    }

    private static CellLocation findLabel(SheetGrid grid, String label) {
        for (int r = 0; r < INDEX_SEARCH_ROWS; r++) {
            for (int c = 0; c < 12; c++) {
                GridCell cell = grid.cell(r, c);
                if (cell.type() == GridCell.Type.STRING && isLabel(cell.string(), label)) {
                    return new CellLocation(grid.name(), r, c);
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- one sheet

    private ReadTable readTable(SheetGrid grid, List<ReadProblem> problems) {
        String sheet = grid.name();
        int[] codeAt = labelAnywhere(grid, PROJECT_CODE);
        Integer codeRow = codeAt == null ? null : codeAt[0];
        Integer fundingRow = labelRow(grid, FUNDING, 0);
        Integer planRow = labelRow(grid, PLAN, 0);
        Integer goalsRow = labelRow(grid, GOALS, 0);
        Integer headerRow = headerRow(grid, 0);
        // published tables put the header blocks in other orders: each block ends where the next one begins
        java.util.TreeSet<Integer> blockRows = new java.util.TreeSet<>();
        for (Integer r : new Integer[] {codeRow, fundingRow, planRow, goalsRow, headerRow}) {
            if (r != null) {
                blockRows.add(r);
            }
        }
        if (codeRow == null && fundingRow == null && planRow == null && goalsRow == null && headerRow == null) {
            problems.add(ReadProblem.warning(CellLocation.sheet(sheet), "sheetSkipped", sheet));
            return null;
        }
        boolean project = codeRow != null || fundingRow != null || planRow != null;
        Map<String, CellLocation> cells = new HashMap<>();
        Fields f = new Fields(grid, cells, problems);

        String projectCode = null;
        String projectName = null;
        String budget = null;
        String fiscal = null;
        String other = null;
        String purpose = null;
        List<GoalTableInput.PlanPoint> plan = new ArrayList<>();
        if (project) {
            if (codeRow == null) {
                missingLabel(problems, sheet, PROJECT_CODE);
            } else {
                projectCode = f.text("projectCode", codeRow, valueColumn(grid, codeRow, codeAt[1]));
                int[] nameAt = labelInRow(grid, codeRow, PROJECT_NAME);
                if (nameAt == null) {
                    nameAt = labelAnywhere(grid, PROJECT_NAME); // a row of its own
                }
                if (nameAt == null) {
                    requireLabel(grid, codeRow, NAME_LABEL_COLUMN, PROJECT_NAME, problems);
                    projectName = f.text("projectName", codeRow, NAME_COLUMN);
                } else {
                    projectName = f.text("projectName", nameAt[0], valueColumn(grid, nameAt[0], nameAt[1]));
                }
            }
            if (fundingRow == null) {
                missingLabel(problems, sheet, FUNDING);
            } else {
                budget = f.number("budgetWan", fundingRow, fundingValue(grid, fundingRow, BUDGET, BUDGET_LABEL_COLUMN, BUDGET_COLUMN, problems));
                fiscal = f.number("fiscalWan", fundingRow, fundingValue(grid, fundingRow, FISCAL, FISCAL_LABEL_COLUMN, FISCAL_COLUMN, problems));
                other = f.number("otherWan", fundingRow, fundingValue(grid, fundingRow, OTHER, OTHER_LABEL_COLUMN, OTHER_COLUMN, problems));
                purpose = f.text("purpose", fundingRow + 1, TEXT_COLUMN);
            }
            if (planRow == null) {
                missingLabel(problems, sheet, PLAN);
            } else {
                Integer next = blockRows.higher(planRow);
                int end = next == null ? planRow + 2 : next;
                for (int r = planRow; r + 1 < end; r += 2) {
                    for (int c = TEXT_COLUMN; c <= LAST_COLUMN; c++) {
                        if (grid.cell(r, c).isBlank() && grid.cell(r + 1, c).isBlank()) {
                            continue;
                        }
                        String path = "spendingPlan[" + plan.size() + "]";
                        plan.add(new GoalTableInput.PlanPoint(f.month(path + ".month", r, c), f.percent(path + ".percent", r + 1, c)));
                    }
                }
            }
        }

        List<String> goals = new ArrayList<>();
        if (goalsRow == null) {
            missingLabel(problems, sheet, GOALS);
        } else {
            Integer next = blockRows.higher(goalsRow);
            int end = next == null ? grid.lastRow() + 1 : next;
            for (int r = goalsRow; r < end; r++) {
                String text = f.peek(r, TEXT_COLUMN);
                if (text.isBlank()) {
                    continue;
                }
                String path = "goals[" + goals.size() + "]";
                goals.add(stripNumber(f.text(path, r, TEXT_COLUMN)));
            }
        }

        List<GoalTableInput.IndicatorRow> indicators = new ArrayList<>();
        if (headerRow == null) {
            problems.add(ReadProblem.error(new CellLocation(sheet, null, Column.LEVEL1.ordinal()), "headerMissing",
                    Column.LEVEL1.label));
        } else {
            readIndicators(grid, headerRow, f, indicators, problems);
        }

        GoalTableInput input = new GoalTableInput(project ? GoalTableKind.PROJECT.name() : GoalTableKind.DEPARTMENT.name(),
                null, null, projectCode, projectName, budget, fiscal, other, purpose, plan, goals, indicators, null);
        return new ReadTable(sheet, input, cells);
    }

    private void readIndicators(SheetGrid grid, int headerRow, Fields f, List<GoalTableInput.IndicatorRow> rows,
                                List<ReadProblem> problems) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        Integer comparatorColumn = null;
        Integer unitColumn = null;
        for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
            GridCell cell = grid.cell(headerRow, c);
            if (cell.type() != GridCell.Type.STRING) {
                continue;
            }
            boolean taken = false;
            for (Column column : Column.values()) {
                if (!columns.containsKey(column) && column.matches(cell.string())) {
                    columns.put(column, c);
                    taken = true;
                    break;
                }
            }
            if (!taken && comparatorColumn == null && PublishedVariants.isComparatorHeader(cell.string())) {
                comparatorColumn = c;
            } else if (!taken && unitColumn == null && PublishedVariants.isUnitHeader(cell.string())) {
                unitColumn = c;
            }
        }
        // 指标值 over several columns (≥ | 95 | %): a header merged across them
        int valueLast = columns.containsKey(Column.VALUE) ? mergedRight(grid, headerRow, columns.get(Column.VALUE)) : -1;
        for (Column column : Column.values()) {
            if (!columns.containsKey(column)) {
                CellLocation where = new CellLocation(grid.name(), headerRow, column.ordinal());
                problems.add(column.required ? ReadProblem.error(where, "columnMissing", column.label)
                        : ReadProblem.warning(where, "columnOptionalMissing", column.label));
            }
        }
        for (int r = headerRow + 1; r <= grid.lastRow(); r++) {
            boolean blank = true;
            for (int c : columns.values()) {
                blank &= grid.cell(r, c).isBlank();
            }
            if (blank) {
                continue;
            }
            String path = "indicators[" + rows.size() + "]";
            String level1 = PublishedVariants.level1(f.label(path + ".level1", r, columns.get(Column.LEVEL1)));
            String value = f.text(path + ".value", r, columns.get(Column.VALUE));
            if (value != null && valueLast > columns.get(Column.VALUE)) {
                StringBuilder joined = new StringBuilder(value.strip());
                for (int c = columns.get(Column.VALUE) + 1; c <= valueLast; c++) {
                    String part = f.peek(r, c).strip();
                    // a unit the number already shows (0.95 formatted as 95% followed by a % column) is not doubled
                    if (!(part.matches("\\D+") && joined.toString().endsWith(part))) {
                        joined.append(part);
                    }
                }
                value = joined.toString();
            }
            value = PublishedVariants.joinValue(
                    comparatorColumn == null ? null : f.peek(r, comparatorColumn), value,
                    unitColumn == null ? null : f.peek(r, unitColumn));
            rows.add(new GoalTableInput.IndicatorRow(
                    level1,
                    PublishedVariants.level2(f.label(path + ".level2", r, columns.get(Column.LEVEL2)), level1),
                    f.text(path + ".name", r, columns.get(Column.NAME)),
                    f.text(path + ".description", r, columns.get(Column.DESCRIPTION)),
                    value,
                    f.text(path + ".basis", r, columns.get(Column.BASIS)),
                    PublishedVariants.weight(f.number(path + ".weight", r, columns.get(Column.WEIGHT))),
                    f.text(path + ".formula", r, columns.get(Column.FORMULA)),
                    f.text(path + ".dataSource", r, columns.get(Column.DATA_SOURCE)),
                    f.text(path + ".scoringStandard", r, columns.get(Column.SCORING_STANDARD))));
        }
    }

    /** Reads fields, remembering the cell of each path and reporting cells that hold no usable value. */
    private final class Fields {
        private final SheetGrid grid;
        private final Map<String, CellLocation> cells;
        private final List<ReadProblem> problems;

        Fields(SheetGrid grid, Map<String, CellLocation> cells, List<ReadProblem> problems) {
            this.grid = grid;
            this.cells = cells;
            this.problems = problems;
        }

        String peek(int row, int column) {
            return grid.cell(row, column).text(formatter);
        }

        String text(String path, int row, Integer column) {
            if (column == null) {
                return null;
            }
            CellLocation where = at(path, row, column);
            return value(grid, where, problems);
        }

        /** 一级/二级: a blank cell inside a merged range takes the value of the range's first cell. */
        String label(String path, int row, Integer column) {
            if (column == null) {
                return null;
            }
            if (grid.cell(row, column).isBlank()) {
                CellRangeAddress merge = grid.mergeCovering(row, column);
                if (merge != null) {
                    CellLocation where = at(path, merge.getFirstRow(), merge.getFirstColumn());
                    return value(grid, where, problems);
                }
            }
            return text(path, row, column);
        }

        String number(String path, int row, Integer column) {
            if (column == null) {
                return null;
            }
            CellLocation where = at(path, row, column);
            GridCell cell = grid.cell(row, column);
            if (!usable(cell, where, problems)) {
                return null;
            }
            return cell.numberText(formatter);
        }

        /** 30% is stored as 0.3 in a percent-formatted cell, as 30 in a plain one, or typed as text "30%". */
        String percent(String path, int row, int column) {
            CellLocation where = at(path, row, column);
            GridCell cell = grid.cell(row, column);
            if (!usable(cell, where, problems)) {
                return null;
            }
            if (cell.isPercentFormat()) {
                return new BigDecimal(cell.numberText(formatter)).movePointRight(2).stripTrailingZeros().toPlainString();
            }
            return cell.numberText(formatter);
        }

        /** "3月底", "3月", 3 → "3"; anything else as written, for the parser to report. */
        String month(String path, int row, int column) {
            String text = text(path, row, column);
            if (text == null) {
                return null;
            }
            Matcher m = MONTH.matcher(text);
            return m.matches() ? String.valueOf(Integer.parseInt(m.group(1))) : text;
        }

        private CellLocation at(String path, int row, int column) {
            CellLocation where = new CellLocation(grid.name(), row, column);
            // the same few hundred paths ("indicators[3].value") in every table: one copy, not one per table
            cells.put(path.intern(), where);
            return where;
        }
    }

    /** The text of a cell, or "" with a problem when it holds an error value or an unsaved formula. */
    private String value(SheetGrid grid, CellLocation where, List<ReadProblem> problems) {
        GridCell cell = grid.cell(where.row(), where.column());
        return usable(cell, where, problems) ? cell.text(formatter) : "";
    }

    private static boolean usable(GridCell cell, CellLocation where, List<ReadProblem> problems) {
        if (cell.formulaWithoutValue()) {
            problems.add(ReadProblem.error(where, "formulaWithoutValue"));
            return false;
        }
        if (cell.type() == GridCell.Type.ERROR) {
            problems.add(ReadProblem.error(where, "errorValue", cell.string()));
            return false;
        }
        return true;
    }

    private static Integer labelRow(SheetGrid grid, String label, int from) {
        for (int r = from; r <= grid.lastRow(); r++) {
            GridCell cell = grid.cell(r, LABEL_COLUMN);
            if (cell.type() == GridCell.Type.STRING && isLabel(cell.string(), label)) {
                return r;
            }
        }
        return null;
    }

    private static Integer headerRow(SheetGrid grid, int from) {
        for (int r = from; r <= grid.lastRow(); r++) {
            GridCell cell = grid.cell(r, LABEL_COLUMN);
            if (cell.type() == GridCell.Type.STRING && Column.LEVEL1.matches(cell.string())) {
                return r;
            }
        }
        return null;
    }

    /** A label in any cell of the first rows (published tables put 项目编码 beside 项目名称, not in column A). */
    private static int[] labelAnywhere(SheetGrid grid, String label) {
        for (int r = 0; r <= grid.lastRow(); r++) {
            int[] at = labelInRow(grid, r, label);
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    private static int[] labelInRow(SheetGrid grid, int row, String label) {
        for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
            GridCell cell = grid.cell(row, c);
            if (cell.type() == GridCell.Type.STRING && isLabel(cell.string(), label)) {
                return new int[] {row, c};
            }
        }
        return null;
    }

    /** The column of a label's value: the first column right of the label's (possibly merged) cell. */
    private static int valueColumn(SheetGrid grid, int row, int labelColumn) {
        return mergedRight(grid, row, labelColumn) + 1;
    }

    /** The last column of the merged range that starts at the cell, or the cell's own column. */
    private static int mergedRight(SheetGrid grid, int row, int column) {
        for (CellRangeAddress range : grid.merges()) {
            if (range.getFirstColumn() == column && range.getFirstRow() <= row && row <= range.getLastRow()) {
                return Math.min(range.getLastColumn(), SheetGrid.MAX_COLUMNS - 2);
            }
        }
        return column;
    }

    /**
     * 预算数 / 其中：财政资金 / 其他资金 in the funding row: wherever the label stands in the row, its value is right
     * of it; a label found nowhere in the row is reported at the template's place and the template's cell read.
     */
    private static int fundingValue(SheetGrid grid, int row, String label, int labelColumn, int valueColumn,
                                    List<ReadProblem> problems) {
        int[] at = labelInRow(grid, row, label);
        if (at == null) {
            requireLabel(grid, row, labelColumn, label, problems);
            return valueColumn;
        }
        return valueColumn(grid, row, at[1]);
    }

    private static void requireLabel(SheetGrid grid, int row, int column, String label, List<ReadProblem> problems) {
        GridCell cell = grid.cell(row, column);
        if (cell.type() != GridCell.Type.STRING || !isLabel(cell.string(), label)) {
            problems.add(ReadProblem.error(new CellLocation(grid.name(), row, column), "labelMissing", label));
        }
    }

    private static void missingLabel(List<ReadProblem> problems, String sheet, String label) {
        problems.add(ReadProblem.error(new CellLocation(sheet, null, LABEL_COLUMN), "labelMissing", label));
    }

    /** The writer numbers goal items like the official table (1.…); one leading number is removed. */
    static String stripNumber(String goal) {
        if (goal == null) {
            return null;
        }
        Matcher m = GOAL_NUMBER.matcher(goal);
        return m.find() ? goal.substring(m.end()) : goal;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
