package org.jixiao.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-side parser of seed 001 — the 2024 goal-table book (绩效目标表) of
 * 807001 巨鹿县消防救援大队本级, a Word document converted to text.
 *
 * <p>Nothing is hard-coded: the department goals are read from the prose of
 * 一、总体绩效目标 / 二、分项绩效目标, and every project is read from its own
 * "N.xxx绩效目标表" section.
 *
 * <h2>Layout of the converted text</h2>
 * Inside a goal table every line starting with a TAB begins a new cell; a
 * non-blank line without a leading TAB continues the cell above (a line break
 * inside the cell); blank lines separate table rows, but the converter also
 * emits them inside cells, so they carry no information and are ignored.
 * Header fields are located by their label cell (项目编码, 项目名称, 预算数,
 * 其中：财政资金, 其他资金, 资金支出计划（%）, 绩效目标); the indicator table
 * starts at the header row 一级指标 … 指标值确定依据 and its width is taken
 * from that header row (7 columns, including an empty spacer column). The
 * body is the cell stream cut into rows of that width, so cells that the
 * converter broke across blank lines (e.g. project 7's 经济效益 basis, project
 * 9's 合格率 row) still land in the right column. Blank 一级/二级 cells are
 * merged cells and inherit the label above.
 */
public final class Seed001 {

    /** Classpath location of the seed text. */
    public static final String RESOURCE = "/seeds/seed-001-julu-goal-tables-2024.txt";

    public record Book(List<String> departmentGoals, List<Project> projects) {
        public Book {
            departmentGoals = List.copyOf(departmentGoals);
            projects = List.copyOf(projects);
        }

        /** Sum of all project budgets (预算数), 万元. */
        public BigDecimal totalBudgetWan() {
            return projects.stream().map(Project::budgetWan).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** All indicator rows of all projects, in document order. */
        public List<Row> allIndicators() {
            return projects.stream().flatMap(p -> p.indicators().stream()).toList();
        }

        public Project project(String code) {
            return projects.stream().filter(p -> p.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no project " + code));
        }
    }

    /**
     * One 项目绩效目标表. Money in 万元 with the seed's own scale (73.20 has scale 2);
     * {@code otherWan} is {@code null} when the 其他资金 cell is blank.
     */
    public record Project(String unitCode, String unitName, String code, String name,
                          BigDecimal budgetWan, BigDecimal fiscalWan, BigDecimal otherWan,
                          String purpose, List<PlanPoint> plan, List<String> goals, List<Row> indicators) {
        public Project {
            plan = List.copyOf(plan);
            goals = List.copyOf(goals);
            indicators = List.copyOf(indicators);
        }
    }

    /** 资金支出计划: cumulative percent to be spent by the end of {@code month}. */
    public record PlanPoint(int month, BigDecimal percent) {
    }

    /** One indicator row; level1/level2 already filled in from merged cells above. */
    public record Row(String level1, String level2, String name, String description, String value, String basis) {
    }

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*]");
    private static final Pattern CHAPTER = Pattern.compile("^[一二三四五六七八九十]+、(.+)$");
    private static final Pattern TABLE_HEADING = Pattern.compile("^(\\d+)[.．](.+)绩效目标表$");
    private static final Pattern UNIT = Pattern.compile("^(\\d{6})(\\S.*)$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{1,2})月底$");
    private static final Pattern PERCENT = Pattern.compile("^(\\d+(?:\\.\\d+)?)[%％]$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)[.．、]\\s*(.*)$");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

    private static final String[] INDICATOR_HEADER =
            {"一级指标", "二级指标", "三级指标", "绩效指标描述", "", "指标值", "指标值确定依据"};

    private static volatile Book cached;

    private Seed001() {
    }

    /** Parses the classpath copy of the seed (cached; the result is immutable). */
    public static Book load() {
        Book book = cached;
        if (book == null) {
            book = parse(readResource());
            cached = book;
        }
        return book;
    }

    public static String readResource() {
        try (InputStream in = Seed001.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("seed not on classpath: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Book parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\r?\\n|\\r", -1)) {
            lines.add(BOOKMARK.matcher(line).replaceAll(""));
        }
        List<String> departmentGoals = parseDepartmentGoals(lines);

        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (TABLE_HEADING.matcher(lines.get(i).strip()).matches()) {
                headings.add(i);
            }
        }
        if (headings.isEmpty()) {
            throw new IllegalStateException("no 绩效目标表 heading found");
        }
        List<Project> projects = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            int from = headings.get(h);
            int to = h + 1 < headings.size() ? headings.get(h + 1) : lines.size();
            Matcher m = TABLE_HEADING.matcher(lines.get(from).strip());
            m.matches();
            int number = Integer.parseInt(m.group(1));
            if (number != h + 1) {
                throw new IllegalStateException("goal table #" + (h + 1) + " is numbered " + number);
            }
            projects.add(parseProject(m.group(2).strip(), lines.subList(from + 1, to)));
        }
        return new Book(departmentGoals, projects);
    }

    // ---------------------------------------------------------------- department

    /**
     * Paragraphs (non-blank lines) under the chapters whose title ends in 绩效目标
     * (一、总体绩效目标, 二、分项绩效目标); reading stops at the first other
     * chapter (三、工作保障措施 — measures, not goals) or at the first goal table.
     */
    private static List<String> parseDepartmentGoals(List<String> lines) {
        List<String> goals = new ArrayList<>();
        boolean inGoals = false;
        boolean seenGoalChapter = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (TABLE_HEADING.matcher(line).matches()) {
                break;
            }
            Matcher chapter = CHAPTER.matcher(line);
            if (chapter.matches()) {
                inGoals = chapter.group(1).strip().endsWith("绩效目标");
                if (inGoals) {
                    seenGoalChapter = true;
                } else if (seenGoalChapter) {
                    break;
                }
                continue;
            }
            if (inGoals && !line.isEmpty()) {
                goals.add(line);
            }
        }
        if (goals.isEmpty()) {
            throw new IllegalStateException("no department goal paragraphs found");
        }
        return goals;
    }

    // ---------------------------------------------------------------- projects

    private static Project parseProject(String headingTitle, List<String> section) {
        List<String> cells = cells(section, headingTitle);
        String where = "goal table " + headingTitle;

        Matcher unit = UNIT.matcher(cells.isEmpty() ? "" : cells.get(0));
        if (!unit.matches()) {
            throw new IllegalStateException(where + ": first cell is not a unit: " + first(cells));
        }
        int codeAt = label(cells, "项目编码", 0, where);
        if (label(cells, "单位：万元", 0, where) > codeAt) {
            throw new IllegalStateException(where + ": 单位：万元 not in the title row");
        }
        String code = value(cells, codeAt);
        int nameAt = label(cells, "项目名称", codeAt, where);
        String name = value(cells, nameAt);
        if (!name.equals(headingTitle)) {
            throw new IllegalStateException(where + ": 项目名称 cell says " + name);
        }
        int budgetAt = label(cells, "预算数", nameAt, where);
        int fiscalAt = label(cells, "其中：财政资金", budgetAt, where);
        int otherAt = label(cells, "其他资金", fiscalAt, where);
        int planAt = label(cells, "资金支出计划（%）", otherAt, where);
        int goalsAt = label(cells, "绩效目标", planAt, where);
        int tableAt = label(cells, INDICATOR_HEADER[0], goalsAt, where);

        BigDecimal budget = money(value(cells, budgetAt), where + " 预算数");
        BigDecimal fiscal = money(value(cells, fiscalAt), where + " 财政资金");
        String otherText = value(cells, otherAt);
        BigDecimal other = otherText.isEmpty() ? null : money(otherText, where + " 其他资金");

        // 资金用途: the row below 预算规模及资金用途 — every non-empty cell between the
        // 其他资金 amount and the 资金支出计划 label.
        List<String> purposeCells = nonEmpty(cells.subList(otherAt + 2, planAt));
        if (purposeCells.size() != 1) {
            throw new IllegalStateException(where + ": expected one 资金用途 cell, got " + purposeCells);
        }
        String purpose = purposeCells.get(0);

        List<PlanPoint> plan = parsePlan(cells.subList(planAt + 1, goalsAt), where);
        List<String> goals = parseGoals(cells.subList(goalsAt + 1, tableAt), where);
        List<Row> rows = parseIndicators(cells.subList(tableAt, cells.size()), where);

        return new Project(unit.group(1), unit.group(2).strip(), code, name, budget, fiscal, other,
                purpose, plan, goals, rows);
    }

    /**
     * Cell stream of one section: a TAB-led line opens a cell (the rest of the
     * line, including any further tabs, is its first line); a non-blank line
     * without a leading TAB is another line of the current cell; blank lines
     * are dropped. Each cell line is stripped; the lines are joined with '\n'.
     */
    private static List<String> cells(List<String> section, String where) {
        List<StringBuilder> cells = new ArrayList<>();
        for (String line : section) {
            if (line.startsWith("\t")) {
                cells.add(new StringBuilder(line.substring(1).strip()));
            } else if (!line.isBlank()) {
                if (cells.isEmpty()) {
                    throw new IllegalStateException("goal table " + where + ": text outside the table: " + line);
                }
                StringBuilder cell = cells.get(cells.size() - 1);
                String part = line.strip();
                cell.append(cell.isEmpty() ? "" : "\n").append(part);
            }
        }
        return cells.stream().map(StringBuilder::toString).map(String::strip).toList();
    }

    private static List<PlanPoint> parsePlan(List<String> cells, String where) {
        List<Integer> months = new ArrayList<>();
        List<BigDecimal> percents = new ArrayList<>();
        for (String cell : cells) {
            Matcher month = MONTH.matcher(cell);
            Matcher percent = PERCENT.matcher(cell);
            if (month.matches()) {
                months.add(Integer.parseInt(month.group(1)));
            } else if (percent.matches()) {
                percents.add(new BigDecimal(percent.group(1)));
            } else if (!cell.isEmpty()) {
                throw new IllegalStateException(where + ": unexpected cell in 资金支出计划: " + cell);
            }
        }
        if (months.isEmpty() || months.size() != percents.size()) {
            throw new IllegalStateException(where + ": 资金支出计划 months " + months + " vs percents " + percents);
        }
        List<PlanPoint> plan = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            plan.add(new PlanPoint(months.get(i), percents.get(i)));
        }
        return plan;
    }

    /** Numbered items (1. 2. 3.) of the 绩效目标 cell; unnumbered lines continue the item above. */
    private static List<String> parseGoals(List<String> cells, String where) {
        List<StringBuilder> items = new ArrayList<>();
        for (String cell : cells) {
            for (String line : cell.split("\n")) {
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                Matcher numbered = NUMBERED.matcher(text);
                if (numbered.matches()) {
                    if (Integer.parseInt(numbered.group(1)) != items.size() + 1) {
                        throw new IllegalStateException(where + ": goal numbering out of order at " + text);
                    }
                    items.add(new StringBuilder(numbered.group(2).strip()));
                } else if (items.isEmpty()) {
                    items.add(new StringBuilder(text));
                } else {
                    items.get(items.size() - 1).append(text);
                }
            }
        }
        if (items.isEmpty()) {
            throw new IllegalStateException(where + ": no 绩效目标 items");
        }
        return items.stream().map(StringBuilder::toString).toList();
    }

    private static List<Row> parseIndicators(List<String> cells, String where) {
        int width = INDICATOR_HEADER.length;
        if (cells.size() < width) {
            throw new IllegalStateException(where + ": indicator header incomplete");
        }
        for (int c = 0; c < width; c++) {
            if (!normalize(cells.get(c)).equals(INDICATOR_HEADER[c])) {
                throw new IllegalStateException(where + ": indicator header column " + c + " is '"
                        + cells.get(c) + "', expected '" + INDICATOR_HEADER[c] + "'");
            }
        }
        List<String> body = cells.subList(width, cells.size());
        if (body.isEmpty() || body.size() % width != 0) {
            throw new IllegalStateException(where + ": " + body.size()
                    + " indicator cells do not make whole rows of " + width);
        }
        List<Row> rows = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        for (int r = 0; r < body.size(); r += width) {
            List<String> cell = body.subList(r, r + width);
            if (!cell.get(4).isEmpty()) {
                throw new IllegalStateException(where + ": spacer column not empty in row " + cell);
            }
            if (!cell.get(0).isEmpty()) {
                level1 = cell.get(0);
                if (cell.get(1).isEmpty()) {
                    throw new IllegalStateException(where + ": new 一级指标 without 二级指标: " + cell);
                }
            }
            if (!cell.get(1).isEmpty()) {
                level2 = cell.get(1);
            }
            if (level1 == null || level2 == null) {
                throw new IllegalStateException(where + ": first indicator row has merged cells: " + cell);
            }
            for (int c : new int[] {2, 3, 5, 6}) {
                if (cell.get(c).isEmpty()) {
                    throw new IllegalStateException(where + ": empty " + INDICATOR_HEADER[c] + " in " + cell);
                }
            }
            rows.add(new Row(level1, level2, cell.get(2), cell.get(3), cell.get(5), cell.get(6)));
        }
        return rows;
    }

    // ---------------------------------------------------------------- helpers

    private static int label(List<String> cells, String label, int from, String where) {
        for (int i = from; i < cells.size(); i++) {
            if (normalize(cells.get(i)).equals(label)) {
                return i;
            }
        }
        throw new IllegalStateException(where + ": label " + label + " not found");
    }

    private static String value(List<String> cells, int labelAt) {
        return labelAt + 1 < cells.size() ? cells.get(labelAt + 1) : "";
    }

    private static List<String> nonEmpty(List<String> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).toList();
    }

    private static String normalize(String cell) {
        return WHITESPACE.matcher(cell).replaceAll("");
    }

    private static BigDecimal money(String text, String what) {
        try {
            return new BigDecimal(normalize(text).replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(what + ": not an amount: " + text, e);
        }
    }

    private static String first(List<String> cells) {
        return cells.isEmpty() ? "<none>" : Objects.toString(cells.get(0));
    }
}
