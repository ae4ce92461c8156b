package org.jixiao.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.projects.ProjectView;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.testsupport.DemoTables;

/** Books to export and files to import, built in the test: the demo unit-year, a table full of edge cases, crafted zips. */
final class ExchangeFixtures {

    static final GoalTableInputParser PARSER = new GoalTableInputParser(LabelNormalizer.defaults());
    static final String UNIT = "807001";
    static final String UNIT_NAME = "巨鹿县消防救援大队本级";

    private ExchangeFixtures() {
    }

    /** The 10 demo tables of 807001/2024 (seed 001) as the goal module would show them. */
    static ExportBook demoBook() {
        return book(DemoTables.parsed());
    }

    static ExportBook book(List<ParsedGoalTable> tables) {
        List<GoalTableView> views = new ArrayList<>();
        long id = 1;
        for (ParsedGoalTable t : tables) {
            views.add(view(t, id++));
        }
        return new ExportBook(tables.get(0).unitCode(), UNIT_NAME, tables.get(0).year(), views);
    }

    static GoalTableView view(ParsedGoalTable t, long id) {
        ProjectView project = t.project() == null ? null : new ProjectView(new ProjectId(id), t.unitCode(), t.year(), t.project(), 1);
        return new GoalTableView(new GoalTableId(id), 1, t.kind(), t.year(), t.unitCode(), UNIT_NAME, project, t.content());
    }

    /**
     * A project table with everything that could go wrong in a file: text an office program would take for a
     * formula, control characters, Excel's own escape syntax, CR LF, emoji, money finer than 万元 cents, twelve
     * checkpoints (two rows of the plan), the optional columns filled, a goal that starts with a number, a blank 一级,
     * one 二级 in two 一级 groups, a name longer than a sheet name may be.
     */
    static ParsedGoalTable trickyProject() {
        List<GoalTableInput.PlanPoint> plan = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            plan.add(new GoalTableInput.PlanPoint(Integer.toString(m), m == 12 ? "100" : m == 5 ? "33.33" : Integer.toString(m * 8) + ".5"));
        }
        List<GoalTableInput.IndicatorRow> rows = List.of(
                row("产出指标", "数量指标", "=HYPERLINK(\"http://evil\",\"点我\")", "+86 电话", "≥95%", "@SUM(A1)", "10", "-1+1", "=1", "制表符\t在中间"),
                row("产出指标", "数量指标", "人员数量", "多行\r\n描述\n第三行", "99人", "_x0041_ 是字面文字", "12.5", "控制\u0001字符", "😀 数据", "扣分：每少 1 人扣 1 分"),
                row("产出指标", "质量指标", "合格率", "", "100%", "", "", "", "", ""),
                row("", "质量指标", "无一级", "一级为空", "12月底前", "依据", "0", "", "", ""),
                row("效益指标", "质量指标", "同名二级在另一一级下", "d", "提高", "b", "100", "f", "s", "std"));
        GoalTableInput input = new GoalTableInput("PROJECT", "2024", UNIT, "A1B2C3",
                "一个非常非常长的项目名称：包含/斜杠*星号?问号[方括号]和冒号，超过三十一个字符的工作表名称限制",
                "1.234567", "1.2", "0.034567", "-用途：不是公式", plan,
                List.of("1.5倍于去年的目标", "=不是公式", "普通目标"), rows, null);
        return PARSER.parse(input);
    }

    /** A department table that also has indicators. */
    static ParsedGoalTable departmentWithIndicators() {
        return PARSER.parse(new GoalTableInput("DEPARTMENT", "2024", UNIT, null, null, null, null, null, null, List.of(),
                List.of("总体目标一", "总体目标二"),
                List.of(row("满意度指标", "服务对象满意度指标", "群众满意度", "调查", "≥90%", "问卷", "", "", "", "")), null));
    }

    static GoalTableInput.IndicatorRow row(String l1, String l2, String name, String description, String value, String basis,
                                           String weight, String formula, String source, String standard) {
        return new GoalTableInput.IndicatorRow(l1, l2, name, description, value, basis, weight, formula, source, standard);
    }

    /** Reads exported bytes back as the importer does, before the goal checks. */
    static ReadBook read(byte[] xlsx) throws Exception {
        return new GoalBookReader().read(grids(xlsx, ExchangeProperties.defaults().limits()));
    }

    static List<SheetGrid> grids(byte[] xlsx, XlsxLimits limits) throws Exception {
        Path file = Files.createTempFile("exchange-test-", ".xlsx");
        try {
            Files.write(file, xlsx);
            return new XlsxGridReader(limits).read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The input of a read table with the unit and year an import would give it. */
    static GoalTableInput withTarget(GoalTableInput in, String unit, int year) {
        return new GoalTableInput(in.kind(), Integer.toString(year), unit, in.projectCode(), in.projectName(), in.budgetWan(),
                in.fiscalWan(), in.otherWan(), in.purpose(), in.spendingPlan(), in.goals(), in.indicators(), null);
    }

    /** Changes an exported workbook with POI, as a person editing it in Excel would. */
    static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites parts of a zip (an .xlsx) byte for byte: replaced entries, added ones, everything else copied. */
    /** The zip with more entries added after its own. */
    static byte[] addToZip(byte[] zip, Map<String, byte[]> add) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                for (Map.Entry<String, byte[]> e : add.entrySet()) {
                    out.putNextEntry(new ZipEntry(e.getKey()));
                    out.write(e.getValue());
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] rewriteZip(byte[] zip, Map<String, byte[]> replace) {
        return rewriteZip(zip, replace, 9);
    }

    /** As {@link #rewriteZip(byte[], Map)} at a given deflate level (1 is fast on large, noisy parts). */
    static byte[] rewriteZip(byte[] zip, Map<String, byte[]> replace, int level) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                out.setLevel(level);
                java.util.Set<String> done = new java.util.HashSet<>();
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    byte[] content = replace.containsKey(entry.getName()) ? replace.get(entry.getName()) : in.readAllBytes();
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(content);
                    out.closeEntry();
                    done.add(entry.getName());
                }
                for (Map.Entry<String, byte[]> e : replace.entrySet()) {
                    if (!done.contains(e.getKey())) {
                        out.putNextEntry(new ZipEntry(e.getKey()));
                        out.write(e.getValue());
                        out.closeEntry();
                    }
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
            throw new IllegalArgumentException("no entry " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
