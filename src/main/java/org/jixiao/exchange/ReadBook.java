package org.jixiao.exchange;

import java.util.List;
import java.util.Map;

import org.jixiao.goals.domain.GoalTableInput;

/**
 * A workbook read in the Jixiao template: the unit and year named on its index sheet (text as found, null when
 * absent), one {@link ReadTable} per goal-table sheet, and what could not be read.
 */
record ReadBook(String unitCode, CellLocation unitCell, String year, CellLocation yearCell, List<ReadTable> tables,
                List<ReadProblem> problems) {

    ReadBook {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
    }

    /**
     * One goal-table sheet as input (kind set, unit and year left to the importer) and the cell each input path
     * came from ({@code budgetWan} → C4, {@code indicators[3].value} → E13), to place the violations.
     */
    record ReadTable(String sheet, GoalTableInput input, Map<String, CellLocation> cells) {

        ReadTable {
            cells = Map.copyOf(cells);
        }

        /** The cell of a violation path, else the sheet. */
        CellLocation locate(String path) {
            CellLocation cell = cells.get(path);
            if (cell == null && path.contains(".")) {
                cell = cells.get(path.substring(0, path.lastIndexOf('.')));
            }
            return cell == null ? CellLocation.sheet(sheet) : cell;
        }
    }

    /** Something the reader could not take: a message key {@code exchange.problem.<code>} with arguments. */
    record ReadProblem(boolean error, CellLocation where, String code, List<Object> args) {

        static ReadProblem error(CellLocation where, String code, Object... args) {
            return new ReadProblem(true, where, code, List.of(args));
        }

        static ReadProblem warning(CellLocation where, String code, Object... args) {
            return new ReadProblem(false, where, code, List.of(args));
        }
    }
}
