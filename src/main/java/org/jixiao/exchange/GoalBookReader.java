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
        Integer codeRow = labelRow(grid, PROJECT_CODE, 0);
        Integer fundingRow = labelRow(grid, FUNDING, 0);
        Integer planRow = labelRow(grid, PLAN, 0);
        Integer goalsRow = labelRow(grid, GOALS, 0);
        Integer headerRow = headerRow(grid, goalsRow == null ? 0 : goalsRow + 1);
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
                requireLabel(grid, codeRow, NAME_LABEL_COLUMN, PROJECT_NAME, problems);
                projectCode = f.text("projectCode", codeRow, CODE_COLUMN);
                projectName = f.text("projectName", codeRow, NAME_COLUMN);
            }
            if (fundingRow == null) {
                missingLabel(problems, sheet, FUNDING);
            } else {
                requireLabel(grid, fundingRow, BUDGET_LABEL_COLUMN, BUDGET, problems);
                requireLabel(grid, fundingRow, FISCAL_LABEL_COLUMN, FISCAL, problems);
                requireLabel(grid, fundingRow, OTHER_LABEL_COLUMN, OTHER, problems);
                budget = f.number("budgetWan", fundingRow, BUDGET_COLUMN);
                fiscal = f.number("fiscalWan", fundingRow, FISCAL_COLUMN);
                other = f.number("otherWan", fundingRow, OTHER_COLUMN);
                purpose = f.text("purpose", fundingRow + 1, TEXT_COLUMN);
            }
            if (planRow == null) {
                missingLabel(problems, sheet, PLAN);
            } else {
                int end = goalsRow != null && goalsRow > planRow ? goalsRow
                        : headerRow != null && headerRow > planRow ? headerRow : planRow + 2;
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
            int end = headerRow == null ? grid.lastRow() + 1 : headerRow;
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
        for (int c = 0; c < SheetGrid.MAX_COLUMNS; c++) {
            GridCell cell = grid.cell(headerRow, c);
            if (cell.type() != GridCell.Type.STRING) {
                continue;
            }
            for (Column column : Column.values()) {
                if (!columns.containsKey(column) && column.matches(cell.string())) {
                    columns.put(column, c);
                    break;
                }
            }
        }
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
            rows.add(new GoalTableInput.IndicatorRow(
                    f.label(path + ".level1", r, columns.get(Column.LEVEL1)),
                    f.label(path + ".level2", r, columns.get(Column.LEVEL2)),
                    f.text(path + ".name", r, columns.get(Column.NAME)),
                    f.text(path + ".description", r, columns.get(Column.DESCRIPTION)),
                    f.text(path + ".value", r, columns.get(Column.VALUE)),
                    f.text(path + ".basis", r, columns.get(Column.BASIS)),
                    f.number(path + ".weight", r, columns.get(Column.WEIGHT)),
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
