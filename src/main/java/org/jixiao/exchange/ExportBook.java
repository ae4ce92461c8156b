package org.jixiao.exchange;

import java.util.List;

import org.jixiao.goals.GoalTableView;
import org.jixiao.shared.FiscalYear;

/** What an export writes: the goal tables of one unit and year (the department table first, if any). */
record ExportBook(String unitCode, String unitName, FiscalYear year, List<GoalTableView> tables) {

    ExportBook {
        tables = List.copyOf(tables);
    }
}
