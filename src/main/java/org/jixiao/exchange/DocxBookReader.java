package org.jixiao.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.exchange.DocxBody.Block;
import org.jixiao.exchange.DocxBody.Cell;
import org.jixiao.exchange.DocxBody.Paragraph;
import org.jixiao.exchange.DocxBody.Table;
import org.jixiao.exchange.ReadBook.ReadProblem;
import org.jixiao.exchange.ReadBook.ReadTable;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableKind;

/**
 * Reads a Word goal-table book (绩效目标申报) laid out like seed 001 or like Jixiao's own .docx export into
 * {@link GoalTableInput}s, text as found. Everything is found by its label, never by position:
 * <ul>
 *   <li>a table holding 项目编码 / 预算规模及资金用途 / 资金支出计划 labels begins a project; each value is the
 *       first non-blank cell right of its label (blank spacer cells skipped, another label ends the search), so
 *       rows may come in any order and columns may be split or merged;</li>
 *   <li>the indicator table is found by its header row (一级指标 … 指标值确定依据, in any column order, blank
 *       spacer columns ignored) — in its own table after the header table or further down the same table;
 *       vertically merged cells continue their value down; 指标值 spread over comparator / number / unit columns
 *       is joined;</li>
 *   <li>the department's goals (部门整体绩效目标) are the paragraphs of its part — only those under chapters about
 *       goals when the part has numbered chapters (一、总体绩效目标 …, not 三、工作保障措施) — or a table in that
 *       part with a 绩效目标 label and indicators;</li>
 *   <li>the unit comes from the unit line (807001巨鹿县消防救援大队本级), the year from a title such as
 *       “2024年度绩效目标申报”; both may be given with the upload instead;</li>
 *   <li>单位：元 instead of 万元 converts the amounts exactly.</li>
 * </ul>
 * Every problem is placed at its table (counted from 1 in the document), row and column. Pure: never throws on
 * content.
 */
final class DocxBookReader {

    private static final Pattern UNIT_LINE = Pattern.compile("^([0-9A-Za-z]{3,32})(?![0-9A-Za-z年])\\s*(\\p{IsHan}[^\\t]*?)\\s*(?:\\t.*)?$");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern CHAPTER = Pattern.compile("^[一二三四五六七八九十]+[、.．]\\s*(.*)$");
    private static final Pattern TABLE_HEADING = Pattern.compile("^\\s*(\\d{1,4}[.．、]\\s*)?(.*?)(项目支出|项目)?绩效目标(申报)?表\\s*$");
    private static final Pattern GOAL_NUMBER = Pattern.compile("^\\s*(\\d{1,3}[.．、]|[（(]\\d{1,3}[)）])\\s*");
    private static final Pattern MONTH = Pattern.compile("\\s*(\\d{1,2})\\s*(月\\s*(底|末|份)?)?\\s*");
    private static final Pattern MONEY = Pattern.compile("[+-]?\\d{1,15}(\\.\\d+)?");

    private static final List<String> CODE = List.of("项目编码", "项目代码");
    private static final List<String> NAME = List.of("项目名称");
    private static final List<String> OTHER_HEADER = List.of("主管部门", "主管部门及代码", "实施单位", "项目实施单位", "项目单位",
            "项目属性", "项目期", "项目类型", "项目负责人");
    private static final List<String> FUNDING = List.of("预算规模及资金用途", "项目资金", "项目资金(万元)", "资金情况", "项目资金情况");
    private static final List<String> BUDGET = List.of("预算数", "年度预算数", "资金总额", "年度资金总额", "预算金额", "预算数(万元)",
            "年度资金总额(万元)");
    private static final List<String> FISCAL = List.of("其中:财政资金", "财政资金", "其中:财政拨款", "财政拨款", "其中:财政资金(万元)");
    private static final List<String> OTHER = List.of("其他资金", "其中:其他资金", "其他资金(万元)");
    private static final List<String> PURPOSE = List.of("资金用途", "主要用途");
    private static final List<String> PLAN = List.of("资金支出计划(%)", "资金支出计划", "资金支出进度计划", "资金支出进度计划(%)",
            "支出计划(%)", "支出进度计划(%)");
    private static final List<String> GOALS = List.of("绩效目标", "年度绩效目标", "项目绩效目标", "年度目标", "总体目标", "年度总体目标",
            "部门整体绩效目标", "整体绩效目标");
    private static final List<String> DEPARTMENT_PART = List.of("部门整体绩效目标", "部门整体支出绩效目标");
    private static final List<String> PROJECT_PART = List.of("预算项目绩效目标", "项目支出绩效目标", "项目绩效目标");

    /** Extra columns of published indicator tables; the template's own are {@link WorkbookTemplate.Column}. */
    private static final List<String> COMPARATOR = PublishedVariants.COMPARATOR_HEADERS;
    private static final List<String> UNIT = PublishedVariants.UNIT_HEADERS;

    private final List<ReadProblem> problems = new ArrayList<>();
    private final List<ReadTable> tables = new ArrayList<>();
    private String unitCode;
    private CellLocation unitCell;
    private String year;
    private CellLocation yearCell;

    ReadBook read(DocxBody body) {
        List<Block> blocks = body.blocks();
        Department department = null;
        Project project = null;
        String heading = null;
        boolean yuan = false;
        boolean anyTable = false;
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                String text = p.text().strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (!anyTable && text.length() <= 80 && year == null) {
                    Matcher y = YEAR.matcher(text);
                    if (y.find() && (text.contains("绩效") || text.contains("预算"))) {
                        year = y.group(1);
                        yearCell = CellLocation.sheet("标题“" + text + "”");
                    }
                }
                if (unitLine(text, CellLocation.sheet("“" + text + "”"))) {
                    yuan = moneyInYuan(text, yuan);
                    continue;
                }
                if (isMoneyUnit(text)) {
                    yuan = moneyInYuan(text, yuan);
                    continue;
                }
                if (matchesPart(text, PROJECT_PART) && !TABLE_HEADING.matcher(text).matches() || isPartHeading(text, "第二部分")) {
                    department = close(department);
                    continue;
                }
                if (matchesPart(text, DEPARTMENT_PART) && text.length() <= 40) {
                    department = close(department);
                    department = new Department(text);
                    continue;
                }
                if (TABLE_HEADING.matcher(text).matches()) {
                    department = close(department);
                    heading = text;
                    yuan = false;
                    continue;
                }
                if (department != null) {
                    department.paragraph(text);
                }
                heading = text.length() <= 80 ? text : heading;
                continue;
            }
            Table table = (Table) block;
            anyTable = true;
            String name = "表格" + table.number() + (heading == null ? "" : "（" + heading + "）");
            yuan = moneyInYuan(firstRowText(table), yuan);
            int header = indicatorHeaderRow(table, 0);
            boolean projectLabels = hasProjectLabels(table, header < 0 ? table.rows().size() : header);
            if (projectLabels) {
                department = close(department);
                project = close(project);
                project = new Project(heading == null ? name : heading, name, yuan);
                readHeader(table, name, header < 0 ? table.rows().size() : header, project);
                if (header >= 0) {
                    project.indicators(table, name, header, this);
                }
                heading = null; // the next project needs its own heading
                continue;
            }
            if (department != null) {
                department.table(table, name, header, this);
                continue;
            }
            if (header >= 0) {
                if (project != null && !project.hasIndicators) {
                    project.indicators(table, "表格" + table.number() + "（" + project.sheet + "）", header, this);
                } else {
                    problems.add(ReadProblem.error(new CellLocation(name, header, 0, true), "docxIndicatorsWithoutProject"));
                }
                continue;
            }
            if (project != null && !project.hasIndicators) {
                // a table right after a project's header table is its indicator table, only without its header
                problems.add(ReadProblem.error(new CellLocation("表格" + table.number() + "（" + project.sheet + "）", 0, null, true),
                        "docxIndicatorHeaderMissing"));
                project.hasIndicators = true;
            } else if (!table.rows().isEmpty()) {
                problems.add(ReadProblem.warning(CellLocation.sheet(name), "docxTableSkipped", table.number()));
            }
        }
        close(department);
        close(project);
        if (tables.isEmpty()) {
            problems.add(ReadProblem.error(CellLocation.FILE, "docxNoTables"));
        }
        return new ReadBook(unitCode, unitCell, year, yearCell, tables, problems);
    }

    // ---------------------------------------------------------------- the unit line

    /** "807001巨鹿县消防救援大队本级" (with 单位：万元 after a tab): the unit, remembered once; true when it is one. */
    private boolean unitLine(String text, CellLocation where) {
        // a unit line is short and no sentence: "110指挥中心接警…，…" is a goal, not unit 110
        if (text.length() > 80 || text.chars().anyMatch(c -> "，。；,;".indexOf(c) >= 0)) {
            return false;
        }
        Matcher m = UNIT_LINE.matcher(text);
        if (!m.matches() || isMoneyUnit(m.group(2))) {
            return false;
        }
        String rest = m.group(2);
        if (rest.contains("绩效目标") && !rest.contains("单位")) {
            // a title "807001巨鹿县消防救援大队本级2024年度绩效目标申报": the unit, but also a heading
            noteUnit(m.group(1), where);
            return false;
        }
        noteUnit(m.group(1), where);
        return true;
    }

    private void noteUnit(String code, CellLocation where) {
        if (unitCode == null) {
            unitCode = code;
            unitCell = where;
        } else if (!unitCode.equalsIgnoreCase(code)) {
            problems.add(ReadProblem.error(where, "docxUnitsDiffer", code, unitCode));
        }
    }

    private static boolean isMoneyUnit(String text) {
        String t = WorkbookTemplate.normalize(text);
        return t.startsWith("单位:") || t.startsWith("金额单位:");
    }

    /** 单位：元 (not 万元) on the unit line or the table's first row: amounts are converted to 万元. */
    private static boolean moneyInYuan(String text, boolean current) {
        String t = WorkbookTemplate.normalize(text);
        int at = t.indexOf("单位:");
        if (at < 0) {
            return current;
        }
        String unit = t.substring(at + 3);
        return unit.startsWith("元");
    }

    private static String firstRowText(Table table) {
        if (table.rows().isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Cell cell : table.rows().get(0)) {
            text.append(cell.text()).append('\t');
        }
        return text.toString();
    }

    private static boolean matchesPart(String text, List<String> parts) {
        String t = WorkbookTemplate.normalize(text);
        return parts.stream().anyMatch(p -> t.endsWith(p) || t.equals(p));
    }

    private static boolean isPartHeading(String text, String part) {
        return WorkbookTemplate.normalize(text).startsWith(part) && text.length() <= 40;
    }

    // ---------------------------------------------------------------- labels

    private static boolean is(String text, List<String> labels) {
        String t = WorkbookTemplate.normalize(text);
        for (String label : labels) {
            if (t.equals(WorkbookTemplate.normalize(label))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyLabel(String text) {
        return is(text, CODE) || is(text, NAME) || is(text, OTHER_HEADER) || is(text, FUNDING) || is(text, BUDGET)
                || is(text, FISCAL) || is(text, OTHER) || is(text, PURPOSE) || is(text, PLAN) || is(text, GOALS);
    }

    private static boolean hasProjectLabels(Table table, int end) {
        for (int r = 0; r < end; r++) {
            for (Cell cell : table.rows().get(r)) {
                if (is(cell.text(), CODE) || is(cell.text(), FUNDING) || is(cell.text(), PLAN) || is(cell.text(), BUDGET)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A label cell within rows [0, end): its row and cell, or null. */
    private static int[] find(Table table, int end, List<String> labels) {
        for (int r = 0; r < end && r < table.rows().size(); r++) {
            for (Cell cell : table.rows().get(r)) {
                if (is(cell.text(), labels)) {
                    return new int[] {r, cell.index()};
                }
            }
        }
        return null;
    }

    /**
     * The value of a label: the first non-blank cell to its right in the same row; blank cells (spacers, the
     * remains of merged cells) are skipped, another label ends the search (the value is blank). Its location is
     * that cell, or the cell right of the label when the value is blank.
     */
    private static Cell valueRight(Table table, int row, int labelIndex) {
        List<Cell> cells = table.rows().get(row);
        Cell firstRight = null;
        for (int i = labelIndex + 1; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (firstRight == null) {
                firstRight = cell;
            }
            if (anyLabel(cell.text())) {
                break;
            }
            if (!cell.isBlank()) {
                return cell;
            }
        }
        return firstRight == null ? null : new Cell("", firstRight.index(), firstRight.gridFrom(), firstRight.gridTo(), false);
    }

    private static CellLocation at(String name, int row, Cell cell) {
        return new CellLocation(name, row, cell == null ? null : cell.index(), true);
    }

    // ---------------------------------------------------------------- the header table

    private void readHeader(Table table, String name, int end, Project p) {
        if (!table.rows().isEmpty()) {
            // the official layout's first row: 807001巨鹿县消防救援大队本级 … 单位：万元
            for (Cell cell : table.rows().get(0)) {
                if (!cell.isBlank() && !anyLabel(cell.text()) && unitLine(cell.text().strip(), at(name, 0, cell))) {
                    break;
                }
            }
        }
        int[] code = find(table, end, CODE);
        if (code == null) {
            problems.add(ReadProblem.error(CellLocation.sheet(name), "labelMissing", CODE.get(0)));
        } else {
            p.code = p.text("projectCode", table, name, code[0], valueRight(table, code[0], code[1]));
        }
        int[] projectName = find(table, end, NAME);
        if (projectName == null) {
            problems.add(ReadProblem.error(CellLocation.sheet(name), "labelMissing", NAME.get(0)));
        } else {
            p.name = p.text("projectName", table, name, projectName[0], valueRight(table, projectName[0], projectName[1]));
        }
        int[] budget = find(table, end, BUDGET);
        int[] funding = find(table, end, FUNDING);
        if (budget == null) {
            problems.add(ReadProblem.error(funding == null ? CellLocation.sheet(name) : new CellLocation(name, funding[0], null, true),
                    "labelMissing", BUDGET.get(0)));
        } else {
            p.budget = p.money("budgetWan", table, name, budget[0], valueRight(table, budget[0], budget[1]));
        }
        int[] fiscal = find(table, end, FISCAL);
        if (fiscal != null) {
            p.fiscal = p.money("fiscalWan", table, name, fiscal[0], valueRight(table, fiscal[0], fiscal[1]));
        } else {
            problems.add(ReadProblem.warning(CellLocation.sheet(name), "docxLabelOptionalMissing", "其中：财政资金"));
        }
        int[] other = find(table, end, OTHER);
        if (other != null) {
            p.other = p.money("otherWan", table, name, other[0], valueRight(table, other[0], other[1]));
        }
        int[] purpose = find(table, end, PURPOSE);
        if (purpose != null) {
            p.purpose = p.text("purpose", table, name, purpose[0], valueRight(table, purpose[0], purpose[1]));
        } else if (funding != null && funding[0] + 1 < end) {
            // the official layout: 资金用途 fills the row below 预算数, under the merged 预算规模及资金用途 label
            int r = funding[0] + 1;
            Cell text = null;
            boolean labels = false;
            for (Cell cell : table.rows().get(r)) {
                labels |= anyLabel(cell.text());
                if (text == null && !cell.isBlank() && cell.gridFrom() > gridOf(table, funding)) {
                    text = cell;
                }
            }
            if (!labels && text != null) {
                p.purpose = p.text("purpose", table, name, r, text);
            }
        }
        int[] plan = find(table, end, PLAN);
        if (plan != null) {
            readPlan(table, name, end, plan, p);
        }
        int[] goals = find(table, end, GOALS);
        if (goals == null) {
            problems.add(ReadProblem.error(CellLocation.sheet(name), "labelMissing", "绩效目标"));
        } else {
            p.goals = goalItems(table, name, end, goals, p.cells);
        }
    }

    private static int gridOf(Table table, int[] rowCell) {
        return table.rows().get(rowCell[0]).get(rowCell[1]).gridFrom();
    }

    /** Month row at the label, percent row below, paired by grid column; more pairs follow under a merged label. */
    private void readPlan(Table table, String name, int end, int[] label, Project p) {
        int labelGrid = gridOf(table, label);
        int r = label[0];
        while (r + 1 < end) {
            boolean any = false;
            for (Cell month : table.rows().get(r)) {
                if (month.gridFrom() <= labelGrid || anyLabel(month.text())) {
                    continue;
                }
                Cell percent = table.at(r + 1, month.gridFrom());
                if (month.isBlank() && (percent == null || percent.isBlank())) {
                    continue;
                }
                any = true;
                String path = "spendingPlan[" + p.plan.size() + "]";
                String m = p.text(path + ".month", table, name, r, month);
                Matcher matcher = MONTH.matcher(m == null ? "" : m);
                String monthValue = matcher.matches() ? String.valueOf(Integer.parseInt(matcher.group(1))) : m;
                String percentValue = percent == null ? null : p.text(path + ".percent", table, name, r + 1, percent);
                p.plan.add(new GoalTableInput.PlanPoint(monthValue, percentValue));
            }
            if (!any && r != label[0]) {
                break;
            }
            // another pair of rows belongs to the plan when its label cell is merged with (or blank under) the label
            int next = r + 2;
            Cell labelCell = table.at(next, labelGrid);
            if (next + 1 >= end || labelCell == null || !(labelCell.continued() || labelCell.isBlank())
                    || !hasMonth(table.rows().get(next), labelGrid)) {
                break;
            }
            r = next;
        }
    }

    private static boolean hasMonth(List<Cell> row, int labelGrid) {
        for (Cell cell : row) {
            if (cell.gridFrom() > labelGrid && !cell.isBlank() && cell.text().strip().matches("\\d{1,2}\\s*月.*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The goal items right of the 绩效目标 label and in the rows below it that continue it (label cell merged or
     * blank): numbered lines (1. 1、 （1）) begin items and unnumbered lines continue them; without any numbering,
     * each paragraph is an item.
     */
    private static List<String> goalItems(Table table, String name, int end, int[] label, Map<String, CellLocation> cells) {
        int labelGrid = gridOf(table, label);
        List<String> lines = new ArrayList<>();
        List<CellLocation> where = new ArrayList<>();
        for (int r = label[0]; r < end; r++) {
            List<Cell> row = table.rows().get(r);
            if (r > label[0]) {
                Cell labelCell = table.at(r, labelGrid);
                if (labelCell != null && !labelCell.continued() && !labelCell.isBlank()) {
                    break;
                }
                if (row.stream().anyMatch(c -> anyLabel(c.text()))) {
                    break;
                }
            }
            for (Cell cell : row) {
                if (cell.gridFrom() <= labelGrid || cell.isBlank()) {
                    continue;
                }
                for (String line : cell.text().split("\n", -1)) {
                    lines.add(line);
                    where.add(at(name, r, cell));
                }
            }
        }
        return items(lines, where, "goals", cells);
    }

    static List<String> items(List<String> lines, List<CellLocation> where, String prefix, Map<String, CellLocation> cells) {
        boolean numbered = lines.stream().anyMatch(l -> GOAL_NUMBER.matcher(l).find());
        List<StringBuilder> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = GOAL_NUMBER.matcher(line);
            if (!numbered || m.find() || items.isEmpty()) {
                String text = numbered && m.find(0) ? line.substring(m.end()) : line;
                cells.put(prefix + "[" + items.size() + "]", where.get(i));
                items.add(new StringBuilder(text.strip()));
            } else {
                items.get(items.size() - 1).append('\n').append(line);
            }
        }
        return items.stream().map(StringBuilder::toString).toList();
    }

    // ---------------------------------------------------------------- indicators

    /** The row holding 一级指标 and 三级指标 (or 二级指标) headers at or after {@code from}, or -1. */
    private static int indicatorHeaderRow(Table table, int from) {
        for (int r = from; r < table.rows().size(); r++) {
            boolean level1 = false;
            boolean other = false;
            for (Cell cell : table.rows().get(r)) {
                level1 |= WorkbookTemplate.Column.LEVEL1.matches(cell.text());
                other |= WorkbookTemplate.Column.NAME.matches(cell.text()) || WorkbookTemplate.Column.LEVEL2.matches(cell.text());
            }
            if (level1 && other) {
                return r;
            }
        }
        return -1;
    }

    /** Reads the indicator rows below {@code header}; returns the rows read. */
    List<GoalTableInput.IndicatorRow> indicators(Table table, String name, int header, Map<String, CellLocation> cells, int offset) {
        Map<WorkbookTemplate.Column, Cell> columns = new EnumMap<>(WorkbookTemplate.Column.class);
        Cell comparator = null;
        Cell unit = null;
        for (Cell cell : table.rows().get(header)) {
            boolean taken = false;
            for (WorkbookTemplate.Column column : WorkbookTemplate.Column.values()) {
                if (!columns.containsKey(column) && column.matches(cell.text())) {
                    columns.put(column, cell);
                    taken = true;
                    break;
                }
            }
            if (!taken && comparator == null && is(cell.text(), COMPARATOR)) {
                comparator = cell;
            } else if (!taken && unit == null && is(cell.text(), UNIT)) {
                unit = cell;
            }
        }
        for (WorkbookTemplate.Column column : WorkbookTemplate.Column.values()) {
            if (columns.containsKey(column)) {
                continue;
            }
            CellLocation where = new CellLocation(name, header, null, true);
            boolean required = column == WorkbookTemplate.Column.LEVEL1 || column == WorkbookTemplate.Column.LEVEL2
                    || column == WorkbookTemplate.Column.NAME || column == WorkbookTemplate.Column.VALUE;
            if (required) {
                problems.add(ReadProblem.error(where, "columnMissing", column.label));
            } else if (column.required) {
                problems.add(ReadProblem.warning(where, "columnOptionalMissing", column.label));
            }
        }
        List<GoalTableInput.IndicatorRow> rows = new ArrayList<>();
        for (int r = header + 1; r < table.rows().size(); r++) {
            if (isHeaderAgain(table.rows().get(r))) {
                continue; // a header row repeated (a table continued by hand on the next page)
            }
            boolean any = false;
            for (Cell cell : table.rows().get(r)) {
                any |= !cell.isBlank() && !cell.continued();
            }
            if (!any) {
                continue;
            }
            String path = "indicators[" + (offset + rows.size()) + "]";
            String level1 = PublishedVariants.level1(value(table, name, r, columns.get(WorkbookTemplate.Column.LEVEL1), path + ".level1", cells));
            String level2 = PublishedVariants.level2(value(table, name, r, columns.get(WorkbookTemplate.Column.LEVEL2), path + ".level2", cells), level1);
            String number = joined(table, name, r, columns.get(WorkbookTemplate.Column.VALUE), path + ".value", cells);
            String value = PublishedVariants.joinValue(
                    comparator == null ? null : value(table, name, r, comparator, null, cells), number,
                    unit == null ? null : value(table, name, r, unit, null, cells));
            rows.add(new GoalTableInput.IndicatorRow(level1, level2,
                    value(table, name, r, columns.get(WorkbookTemplate.Column.NAME), path + ".name", cells),
                    value(table, name, r, columns.get(WorkbookTemplate.Column.DESCRIPTION), path + ".description", cells),
                    value,
                    value(table, name, r, columns.get(WorkbookTemplate.Column.BASIS), path + ".basis", cells),
                    PublishedVariants.weight(value(table, name, r, columns.get(WorkbookTemplate.Column.WEIGHT), path + ".weight", cells)),
                    value(table, name, r, columns.get(WorkbookTemplate.Column.FORMULA), path + ".formula", cells),
                    value(table, name, r, columns.get(WorkbookTemplate.Column.DATA_SOURCE), path + ".dataSource", cells),
                    value(table, name, r, columns.get(WorkbookTemplate.Column.SCORING_STANDARD), path + ".scoringStandard", cells)));
        }
        return rows;
    }

    private static boolean isHeaderAgain(List<Cell> row) {
        int matches = 0;
        for (Cell cell : row) {
            for (WorkbookTemplate.Column column : WorkbookTemplate.Column.values()) {
                if (column.matches(cell.text())) {
                    matches++;
                    break;
                }
            }
        }
        return matches >= 3;
    }

    /**
     * The text under a header cell in row {@code r}: the first non-blank cell overlapping the header's grid
     * columns; a cell continuing a vertical merge takes the text of the merge's first cell (where it is located).
     */
    private static String value(Table table, String name, int r, Cell header, String path, Map<String, CellLocation> cells) {
        if (header == null) {
            return null;
        }
        Cell first = null;
        for (Cell cell : table.rows().get(r)) {
            if (cell.gridTo() < header.gridFrom() || cell.gridFrom() > header.gridTo()) {
                continue;
            }
            if (first == null) {
                first = cell;
            }
            if (!cell.isBlank()) {
                put(cells, path, at(name, r, cell));
                return cell.text().strip();
            }
        }
        if (first != null && first.continued()) {
            for (int up = r - 1; up >= 0; up--) {
                Cell above = table.at(up, first.gridFrom());
                if (above == null) {
                    break;
                }
                if (!above.continued()) {
                    put(cells, path, at(name, up, above));
                    return above.text().strip();
                }
            }
        }
        put(cells, path, at(name, r, first));
        return "";
    }

    /** 指标值 under a header spanning several cells (≥ | 95 | %): their texts joined. */
    private static String joined(Table table, String name, int r, Cell header, String path, Map<String, CellLocation> cells) {
        if (header == null) {
            return null;
        }
        List<Cell> parts = new ArrayList<>();
        for (Cell cell : table.rows().get(r)) {
            if (cell.gridTo() >= header.gridFrom() && cell.gridFrom() <= header.gridTo()) {
                parts.add(cell);
            }
        }
        if (parts.size() <= 1) {
            return value(table, name, r, header, path, cells);
        }
        StringBuilder text = new StringBuilder();
        for (Cell part : parts) {
            text.append(part.text().strip());
        }
        put(cells, path, at(name, r, parts.get(0)));
        return text.toString();
    }

    private static void put(Map<String, CellLocation> cells, String path, CellLocation where) {
        if (path != null) {
            cells.put(path, where);
        }
    }

    // ---------------------------------------------------------------- what is being built

    private Department close(Department department) {
        if (department != null) {
            ReadTable table = department.finish(this);
            if (table != null) {
                if (tables.stream().anyMatch(t -> GoalTableKind.DEPARTMENT.name().equals(t.input().kind()))) {
                    problems.add(ReadProblem.error(CellLocation.sheet(table.sheet()), "docxDepartmentTwice"));
                } else {
                    tables.add(table);
                }
            }
        }
        return null;
    }

    private Project close(Project project) {
        if (project != null) {
            tables.add(project.finish(this));
        }
        return null;
    }

    /** A project table being read: its header table, then its indicator table. */
    private static final class Project {
        final String sheet;
        final String where;
        final boolean yuan;
        final Map<String, CellLocation> cells = new HashMap<>();
        final List<GoalTableInput.PlanPoint> plan = new ArrayList<>();
        final List<GoalTableInput.IndicatorRow> rows = new ArrayList<>();
        List<String> goals = List.of();
        String code;
        String name;
        String budget;
        String fiscal;
        String other;
        String purpose;
        boolean hasIndicators;

        Project(String sheet, String where, boolean yuan) {
            this.sheet = sheet;
            this.where = where;
            this.yuan = yuan;
        }

        String text(String path, Table table, String name, int row, Cell cell) {
            cells.put(path, at(name, row, cell));
            return cell == null ? "" : cell.text().strip();
        }

        String money(String path, Table table, String name, int row, Cell cell) {
            String text = text(path, table, name, row, cell);
            if (yuan && MONEY.matcher(text.replace(",", "")).matches()) {
                return new BigDecimal(text.replace(",", "")).movePointLeft(4).stripTrailingZeros().toPlainString();
            }
            return text;
        }

        void indicators(Table table, String name, int header, DocxBookReader reader) {
            hasIndicators = true;
            rows.addAll(reader.indicators(table, name, header, cells, rows.size()));
        }

        ReadTable finish(DocxBookReader reader) {
            if (!hasIndicators) {
                reader.problems.add(ReadProblem.error(CellLocation.sheet(where), "docxIndicatorsMissing", sheet));
            }
            GoalTableInput input = new GoalTableInput(GoalTableKind.PROJECT.name(), null, null, code, name, budget, fiscal,
                    other, purpose, plan, goals, rows, null);
            return new ReadTable(sheet, input, cells);
        }
    }

    /** The department's part: its paragraphs, or a table with a 绩效目标 label, and its indicators. */
    private static final class Department {
        final String sheet;
        final List<String> paragraphs = new ArrayList<>();
        final List<Boolean> underGoalChapter = new ArrayList<>();
        final Map<String, CellLocation> cells = new HashMap<>();
        final List<GoalTableInput.IndicatorRow> rows = new ArrayList<>();
        List<String> tableGoals;
        boolean chapters;
        boolean inGoalChapter = true;

        Department(String sheet) {
            this.sheet = sheet;
        }

        void paragraph(String text) {
            Matcher chapter = CHAPTER.matcher(text);
            if (chapter.matches() && text.length() <= 40) {
                chapters = true;
                inGoalChapter = chapter.group(1).contains("目标");
                return;
            }
            paragraphs.add(text);
            underGoalChapter.add(inGoalChapter);
        }

        void table(Table table, String name, int header, DocxBookReader reader) {
            int[] goals = find(table, header < 0 ? table.rows().size() : header, GOALS);
            if (goals != null && tableGoals == null) {
                tableGoals = goalItems(table, name, header < 0 ? table.rows().size() : header, goals, cells);
            }
            if (header >= 0) {
                rows.addAll(reader.indicators(table, name, header, cells, rows.size()));
            } else if (goals == null) {
                reader.problems.add(ReadProblem.warning(CellLocation.sheet(name), "docxTableSkipped", table.number()));
            }
        }

        ReadTable finish(DocxBookReader reader) {
            List<String> goals;
            if (tableGoals != null) {
                goals = tableGoals;
            } else {
                goals = new ArrayList<>();
                for (int i = 0; i < paragraphs.size(); i++) {
                    // with numbered chapters only those about goals count; text before the first chapter does not
                    if (!chapters || underGoalChapter.get(i)) {
                        cells.put("goals[" + goals.size() + "]", CellLocation.sheet(sheet));
                        goals.add(paragraphs.get(i).strip());
                    }
                }
            }
            if (goals.isEmpty() && rows.isEmpty()) {
                reader.problems.add(ReadProblem.warning(CellLocation.sheet(sheet), "docxDepartmentEmpty"));
                return null;
            }
            GoalTableInput input = new GoalTableInput(GoalTableKind.DEPARTMENT.name(), null, null, null, null, null, null,
                    null, null, List.of(), goals, rows, null);
            return new ReadTable(GoalTableKind.DEPARTMENT.label(), input, cells);
        }
    }
}
