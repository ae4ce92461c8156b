package org.jixiao.indicators.domain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Every 指标值 of the two seed documents parses to the expected kind and formats back to exactly the text of
 * the document (seeds/README.md: 001 is a goal-table book, 002 a scored self-evaluation table).
 */
class SeedValueRoundTripTests {

    private static final String SEED_001 = "/seeds/seed-001-julu-goal-tables-2024.txt";
    private static final String SEED_002 = "/seeds/seed-002-panyu-department-self-evaluation-2024.txt";

    private static final List<String> INDICATOR_HEADER =
            List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "", "指标值", "指标值确定依据");
    private static final int VALUE_COLUMN = INDICATOR_HEADER.indexOf("指标值");

    /** The 指标值 column of the nine project tables of seed 001, in document order, 7 rows each. */
    private static final List<List<String>> SEED_001_VALUES = List.of(
            List.of("99人", "100%", "每月25号", "73.2万元", "≥95%", "促进地方经济发展，提高人民生活水平", "≥97%"),
            List.of("≥4座", "≥95%", "12月底前", "≤20万元", "完善市政基础设施建设、改善人居生活环境",
                    "提升城市形象、提升城市品位、为创城打下基础", "≥90%"),
            List.of("6人", "100%", "≥98%", "2.86万元/人", "≥95%", "促进地方经济发展，提高人民生活水平", "≥95%"),
            List.of("≥1辆", "≥95%", "12月底前", "≤225万元", "完善市政基础设备建设、改善单位装备环境",
                    "提升城市形象、提升城市品位、为创城打下基础", "≥90%"),
            List.of("99人", "100%", "≤300万元", "≥99%", "100%", "100%", "100%"),
            List.of("5人", "≤95%", "12月前", "3万元/人", "≥95%", "促进地方经济发展，提高人民生活水平", "≥90%"),
            List.of("99人", "≥98%", "每月25号", "≤600万元", "≥95%", "促进地方经济发展，提高人民生活水平", "≥90%"),
            List.of("≥50座", "≥95%", "12月底前", "≤50万元", "完善市政基础设施建设、改善人居生活环境",
                    "提升城市形象、提升城市品位、为创城打下基础", "≥90%"),
            List.of("1个", "≥95%", "≤200万元", "12月底前", "≥95%", "≤95%", "100%"));

    @Test
    void seed001HasNineTablesOfSevenValuesInTheValueColumn() {
        List<List<String>> tables = seed001ValueColumns();

        assertThat(tables).hasSize(9).allSatisfy(values -> assertThat(values).hasSize(7));
        assertThat(tables.stream().mapToInt(List::size).sum()).isEqualTo(63);
        assertThat(tables).isEqualTo(SEED_001_VALUES);
    }

    @Test
    void everySeed001ValueFormatsBackToItsText() {
        List<String> values = seed001ValueColumns().stream().flatMap(List::stream).toList();

        assertThat(values).hasSize(63).allSatisfy(raw -> assertThat(IndicatorValue.parse(raw).format()).isEqualTo(raw));
    }

    @Test
    void everySeed001ValueHasTheExpectedKind() {
        List<String> values = seed001ValueColumns().stream().flatMap(List::stream).toList();

        assertSoftly(soft -> {
            for (String raw : values) {
                IndicatorValue value = IndicatorValue.parse(raw);
                if (raw.startsWith("每月") || raw.startsWith("12月")) {
                    soft.assertThat(value).as(raw).isInstanceOf(Deadline.class);
                } else if (Character.isDigit(raw.charAt(0)) || "≥≤".indexOf(raw.charAt(0)) >= 0) {
                    soft.assertThat(value).as(raw).isInstanceOf(Quantitative.class);
                } else {
                    soft.assertThat(value).as(raw).isInstanceOfSatisfying(Qualitative.class,
                            q -> assertThat(q.unparsed()).as("plain Chinese text is proper 定性").isFalse());
                }
            }
        });
        assertThat(values.stream().map(IndicatorValue::parse))
                .filteredOn(Quantitative.class::isInstance).hasSize(46);
        assertThat(values.stream().map(IndicatorValue::parse)).filteredOn(Deadline.class::isInstance).hasSize(7);
        assertThat(values.stream().map(IndicatorValue::parse)).filteredOn(Qualitative.class::isInstance).hasSize(10);
    }

    @Test
    void seed001ValuesAreReadIntoTheirParts() {
        List<List<String>> tables = seed001ValueColumns();

        assertQuantity(tables.get(0).get(0), Comparator.NONE, "99", "人");
        assertQuantity(tables.get(0).get(3), Comparator.NONE, "73.2", "万元");
        assertQuantity(tables.get(0).get(4), Comparator.GE, "95", "%");
        assertQuantity(tables.get(1).get(0), Comparator.GE, "4", "座");
        assertQuantity(tables.get(1).get(3), Comparator.LE, "20", "万元");
        assertQuantity(tables.get(2).get(3), Comparator.NONE, "2.86", "万元/人");
        assertQuantity(tables.get(3).get(0), Comparator.GE, "1", "辆");
        assertQuantity(tables.get(5).get(1), Comparator.LE, "95", "%");
        assertQuantity(tables.get(5).get(3), Comparator.NONE, "3", "万元/人");
        assertQuantity(tables.get(8).get(0), Comparator.NONE, "1", "个");
        assertQuantity(tables.get(8).get(2), Comparator.LE, "200", "万元");

        assertThat(IndicatorValue.parse(tables.get(0).get(2))).isInstanceOfSatisfying(Deadline.class, d -> {
            assertThat(d.recurring()).isTrue();
            assertThat(d.day()).contains(25);
        });
        assertThat(IndicatorValue.parse(tables.get(1).get(2))).isInstanceOfSatisfying(Deadline.class, d -> {
            assertThat(d.recurring()).isFalse();
            assertThat(d.month()).contains(12);
            assertThat(d.year()).isEmpty();
        });
        assertThat(IndicatorValue.parse(tables.get(5).get(2))).isInstanceOfSatisfying(Deadline.class,
                d -> assertThat(d.month()).contains(12));
        assertThat(IndicatorValue.parse(tables.get(0).get(5))).isInstanceOfSatisfying(Qualitative.class,
                q -> assertThat(q.text()).isEqualTo("促进地方经济发展，提高人民生活水平"));
    }

    @Test
    void theStaleYearInADescriptionOfSeed001IsVisibleAsADeadline() {
        // Project 2's 施工时间 says "预计2023年12月底前完成" in its 描述 column of a 2024 table (seeds/README.md).
        Deadline stale = (Deadline) IndicatorValue.parse("预计2023年12月底前完成");
        Deadline current = (Deadline) IndicatorValue.parse("预计2024年12月底前完成");

        assertThat(stale.latestDate(2024)).hasValueSatisfying(d -> assertThat(d.getYear()).isEqualTo(2023));
        assertThat(current.latestDate(2024)).hasValueSatisfying(d -> assertThat(d).hasToString("2024-12-31"));
        assertThat(readSeed(SEED_001)).contains("预计2023年12月底前完成", "预计2024年12月底前完成");
    }

    /**
     * The 分值 and 得分 cells of seed 002, row by row: the cells of its scoring table that are nothing but a
     * number. The last one of each row is the row's 得分/自评分; the converter dropped merged cells, so the
     * columns before it vary (一级/二级/三级 分值).
     */
    private static final List<List<String>> SEED_002_SCORE_ROWS = List.of(
            List.of("50", "50", "20", "20"), // 履职效能 / 整体效能 / 产出指标完成情况
            List.of("20", "20"), // 效益指标完成情况
            List.of("10", "6.5"), // 部门预算资金支出率
            List.of("3", "3", "3", "3"), // 预算编制 / 新增预算项目事前绩效评估
            List.of("2", "2"), // 结转结余率
            List.of("2", "2"), // 财务管理规范性
            List.of("2", "2"), // 预决算公开
            List.of("2", "2"), // 绩效信息公开
            List.of("5", "5", "2.5"), // 绩效管理制度建设
            List.of("50", "15", "3", "3"), // 管理效率 / 绩效管理 / 绩效结果应用
            List.of("7", "7"), // 绩效管理制度执行
            List.of("10", "0.5", "0.5"), // 采购管理 / 采购意向公开合规性
            List.of("1.5", "1.5"), // 采购意向公开时限
            List.of("1", "1"), // 采购内部控制制度建设
            List.of("2", "2"), // 采购活动合规性
            List.of("3", "3"), // 采购合同签订时效性
            List.of("1", "1"), // 合同备案时效性
            List.of("1", "0.94"), // 采购政策效能
            List.of("10", "2", "2"), // 资产管理 / 资产配置合规性
            List.of("1", "1"), // 资产收益上缴的及时性
            List.of("1", "1"), // 资产盘点情况
            List.of("2", "2"), // 数据质量
            List.of("2", "2"), // 资产管理合规性
            List.of("2", "2"), // 固定资产利用率
            List.of("4", "2", "2"), // 运行成本 / 公用经费控制率
            List.of("2", "2"), // “三公”经费控制情况
            List.of("100", "93.94")); // 总分

    @Test
    void seed002ScoreCellsAreBareQuantities() {
        List<List<String>> rows = seed002ScoreRows();

        assertThat(rows).isEqualTo(SEED_002_SCORE_ROWS);
        List<String> cells = rows.stream().flatMap(List::stream).toList();
        assertThat(cells).hasSize(64).contains("20", "6.5", "0.94", "2.5", "93.94")
                .allSatisfy(raw -> assertThat(IndicatorValue.parse(raw)).isInstanceOfSatisfying(
                        Quantitative.class, q -> {
                            assertThat(q.format()).isEqualTo(raw);
                            assertThat(q.comparator()).isEqualTo(Comparator.NONE);
                            assertThat(q.unit()).isEmpty();
                            assertThat(q.number()).isEqualTo(new BigDecimal(raw));
                        }));
    }

    @Test
    void seed002ScoresReadFromTheTableAddUpToItsTotal() {
        List<List<String>> rows = seed002ScoreRows();
        List<String> total = rows.get(rows.size() - 1);

        BigDecimal sum = rows.subList(0, rows.size() - 1).stream()
                .map(row -> ((Quantitative) IndicatorValue.parse(row.get(row.size() - 1))).number())
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(((Quantitative) IndicatorValue.parse(total.get(0))).number()).isEqualByComparingTo("100");
        assertThat(sum).isEqualByComparingTo(((Quantitative) IndicatorValue.parse(total.get(1))).number())
                .isEqualByComparingTo("93.94");
    }

    /** Figures quoted in the text of seed 002: an optional comparator, a number and 元/万元/%. */
    private static final Pattern FIGURE =
            Pattern.compile("([≥≤<>]?)((?<![\\d%])-)?(\\d[\\d,]*(?:\\.\\d+)?)(%|万元|元)");

    @Test
    void everyFigureQuotedInSeed002ParsesAndFormatsBack() {
        String text = scoringTableOf(readSeed(SEED_002));
        Matcher m = FIGURE.matcher(text);
        List<String> figures = new ArrayList<>();
        assertSoftly(soft -> {
            while (m.find()) {
                String raw = m.group();
                figures.add(raw);
                IndicatorValue value = IndicatorValue.parse(raw);
                soft.assertThat(value.format()).as(raw).isEqualTo(raw);
                soft.assertThat(value).as(raw).isInstanceOfSatisfying(Quantitative.class, q -> {
                    String sign = m.group(2) == null ? "" : "-";
                    assertThat(q.number()).as(raw).isEqualTo(new BigDecimal(sign + m.group(3).replace(",", "")));
                    assertThat(q.unit()).as(raw).isEqualTo(m.group(4));
                    assertThat(q.comparator().symbol()).as(raw).isEqualTo(m.group(1));
                });
            }
        });
        assertThat(figures).hasSizeGreaterThan(60).contains("65%", "93.65%", "-37.6%", "100%", "707.89万元",
                "662.96万元", "5750元", "≤10%", ">30%", "≥90%", "<60%", "248,458,324.51元", "19616754.8元");
    }

    @Test
    void namedFiguresOfSeed002AreReadIntoTheirParts() {
        assertQuantity("707.89万元", Comparator.NONE, "707.89", "万元");
        assertQuantity("662.96万元", Comparator.NONE, "662.96", "万元");
        assertQuantity("5750元", Comparator.NONE, "5750", "元");
        assertQuantity("93.65%", Comparator.NONE, "93.65", "%");
        assertQuantity("65%", Comparator.NONE, "65", "%");
        assertQuantity("-37.6%", Comparator.NONE, "-37.6", "%");
        assertQuantity("≤10%", Comparator.LE, "10", "%");
        assertQuantity(">30%", Comparator.GT, "30", "%");
        assertQuantity("≥90%", Comparator.GE, "90", "%");
        assertQuantity("<60%", Comparator.LT, "60", "%");
        assertQuantity("248,458,324.51元", Comparator.NONE, "248458324.51", "元");
        assertQuantity("1,000万元", Comparator.NONE, "1000", "万元");
        assertQuantity("60%以下", Comparator.LE, "60", "%"); // 完成率60%以下为不及格
        assertQuantity("150%以上", Comparator.GE, "150", "%"); // 完成率为150%以上的，得一半分
    }

    private static void assertQuantity(String raw, Comparator comparator, String number, String unit) {
        assertThat(IndicatorValue.parse(raw)).as(raw).isInstanceOfSatisfying(Quantitative.class, q -> {
            assertThat(q.comparator()).as(raw).isEqualTo(comparator);
            assertThat(q.number()).as(raw).isEqualTo(new BigDecimal(number));
            assertThat(q.unit()).as(raw).isEqualTo(unit);
            assertThat(q.format()).as(raw).isEqualTo(raw);
        });
    }

    /**
     * The 指标值 column of every project indicator table of seed 001. In the converted text a line starting
     * with a tab begins a cell and blank lines carry no information (the converter also puts them inside rows:
     * project 7's 经济效益 basis, project 9's 合格率 row), so a table is its cell stream after the header cells,
     * cut into rows of the header's width; it ends at the first line that is not a cell.
     */
    private static List<List<String>> seed001ValueColumns() {
        List<String> lines = readSeed(SEED_001).lines().toList();
        List<List<String>> tables = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("\t" + INDICATOR_HEADER.get(0))) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            int j = i;
            for (; j < lines.size(); j++) {
                String line = lines.get(j);
                if (line.startsWith("\t")) {
                    cells.add(line.substring(1));
                } else if (!line.isEmpty()) {
                    break;
                }
            }
            assertThat(cells.subList(0, INDICATOR_HEADER.size())).isEqualTo(INDICATOR_HEADER);
            List<String> body = cells.subList(INDICATOR_HEADER.size(), cells.size());
            assertThat(body.size() % INDICATOR_HEADER.size()).as("table at line %d is rectangular", i + 1).isZero();
            List<String> values = new ArrayList<>();
            for (int row = 0; row < body.size(); row += INDICATOR_HEADER.size()) {
                values.add(body.get(row + VALUE_COLUMN));
            }
            tables.add(values);
            i = j;
        }
        return tables;
    }

    /** The scoring table of seed 002: from its first header row to the 评价等级 row. */
    private static String scoringTableOf(String seed) {
        int from = seed.indexOf("一级指标\t分值");
        int to = seed.indexOf("评价等级");
        assertThat(from).isPositive();
        assertThat(to).isGreaterThan(from);
        return seed.substring(from, to);
    }

    /** Per line of the scoring table, the cells that are nothing but a number; lines without any are skipped. */
    private static List<List<String>> seed002ScoreRows() {
        return scoringTableOf(readSeed(SEED_002)).lines()
                .map(line -> Arrays.stream(line.split("\t")).map(String::strip)
                        .filter(cell -> cell.matches("\\d+(\\.\\d+)?")).toList())
                .filter(cells -> !cells.isEmpty())
                .toList();
    }

    private static String readSeed(String resource) {
        try (InputStream in = SeedValueRoundTripTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
