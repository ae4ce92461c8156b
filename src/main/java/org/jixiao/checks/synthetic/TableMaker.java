package org.jixiao.checks.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInput.IndicatorRow;
import org.jixiao.goals.domain.GoalTableInput.PlanPoint;
import org.jixiao.shared.FiscalYear;

/**
 * Writes the goal tables of one unit the way its staff would: a house style (label spelling, layout, stock goals
 * and stock rows copied between projects), projects of a few kinds with their own indicator rows, and the defects
 * of {@link DefectRates}. One instance per unit; not thread-safe.
 */
final class TableMaker {

    static final List<String> TOWNS = List.of("城关镇", "东关镇", "西河镇", "南庄乡", "北岭乡", "王家庄镇", "李村镇",
            "张集镇", "新城镇", "河口镇", "马庄乡", "石桥镇", "杨柳镇", "白塔镇", "大营镇", "小营乡", "双井镇", "前进乡");

    /** The rows' 二级 as the generator means them (the label written may differ, see {@link Row#filedAs}). */
    enum Cat { QUANTITY, QUALITY, TIMELINESS, COST, ECONOMIC, SOCIAL, ECOLOGICAL, SUSTAINABLE, SATISFACTION,
        SOCIAL_COST, ECOLOGICAL_COST }

    /** What a project pays for; decides its name, purpose, goals and rows. */
    enum Kind { SUBSIDY, CONSTRUCTION, EQUIPMENT, OPERATION, TRAINING, SERVICE, TRANSFER, CAMPAIGN }

    private static final Kind[] KINDS = Kind.values();
    /** Relative frequency of the kinds, in {@link Kind} order. */
    private static final double[] KIND_WEIGHTS = {0.18, 0.14, 0.12, 0.16, 0.08, 0.10, 0.14, 0.08};

    private static final List<String> SUBSIDIES = List.of("高危执勤补贴", "年度考核奖", "改革性补贴", "伙食补助",
            "岗位津贴", "乡镇工作补贴", "加班补贴", "误餐补助", "取暖补贴");
    private static final List<String> ECONOMIC_SLOGANS = List.of("促进地方经济发展，提高人民生活水平",
            "带动地方经济发展", "为经济社会发展提供有力保障", "节约运行成本，提高资金使用效益", "促进区域经济协调发展");
    private static final List<String> SOCIAL_SLOGANS = List.of("完善市政基础设施建设、改善人居生活环境",
            "不断增强人民群众的幸福感、安全感、获得感", "维护社会和谐稳定", "提高公共服务水平", "保障单位正常运转");
    private static final List<String> SUSTAINABLE_SLOGANS = List.of("提升城市形象、提升城市品位、为创城打下基础",
            "建立长效机制，持续发挥效益", "为长远发展奠定基础", "持续提升服务保障能力");
    private static final List<String> VAGUE = List.of("明显提升", "显著提高", "有所改善", "逐步提高", "进一步提升", "较好",
            "有效提升");
    private static final List<String> COMMON_BASES = List.of("县委、县政府工作安排", "年度工作计划", "历史标准", "计划标准",
            "行业标准", "预算支出标准", "上年度实际完成值", "调查问卷");
    private static final int[][] PLANS = {{30, 60, 80, 100}, {20, 40, 70, 100}, {20, 50, 70, 100}, {30, 40, 70, 100},
        {30, 60, 90, 100}, {40, 70, 90, 100}, {30, 50, 70, 100}, {25, 50, 75, 100}, {10, 30, 60, 100}, {0, 50, 80, 100}};

    private final SplittableRandom r;
    private final DefectRates rates;
    private final int year;
    private final String regionCode;
    private final Sector sector;
    private final String unitCode;
    private final String unitName;

    // the unit's house style
    private final boolean layout2021;
    /** 0 standard labels, 1 short (产出/数量), 2 older templates (环境效益, 社会公众或服务对象满意度), 3 decorated. */
    private final int labelStyle;
    /** Writes one row per 二级, like seed 001. */
    private final boolean minimal;
    /** Fills 计算公式 and 数据来源. */
    private final boolean detailed;
    private final int[] planMonths;
    private final List<String> stockGoals;
    private final List<Row> stockRows;
    private final String stockBasis;

    TableMaker(SplittableRandom random, DefectRates rates, FiscalYear year, String regionCode, Sector sector,
               String unitCode, String unitName) {
        this.r = random;
        this.rates = rates;
        this.year = year.value();
        this.regionCode = regionCode;
        this.sector = sector;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.layout2021 = chance(0.2);
        double style = r.nextDouble();
        this.labelStyle = style < 0.7 ? 0 : style < 0.85 ? 1 : style < 0.95 ? 2 : 3;
        this.minimal = chance(0.15);
        this.detailed = chance(0.2);
        this.planMonths = chance(0.8) ? new int[] {3, 6, 10, 12} : new int[] {3, 6, 9, 12};
        this.stockGoals = pickDistinct(sector.goals(), 3);
        this.stockBasis = chance(0.5) ? "县委、县政府工作安排" : pick(sector.bases());
        String slogan = pick(ECONOMIC_SLOGANS);
        this.stockRows = List.of(
                new Row(Cat.SOCIAL, "工作完成率", "重点工作完成情况占工作总数量的比率", "≥95%", stockBasis),
                new Row(Cat.ECONOMIC, "经济效益", slogan, slogan, stockBasis),
                new Row(Cat.SATISFACTION, "满意度", chance(0.5) ? "工作人员满意度" : "群众满意度",
                        pick(List.of("≥90%", "≥95%", "≥97%")), "调查问卷"));
    }

    /** One row as the unit writes it; {@code filedAs} is the 二级 it is written under (≠ cat when misclassified). */
    record Row(Cat cat, Cat filedAs, String name, String description, String value, String basis) {
        Row(Cat cat, String name, String description, String value, String basis) {
            this(cat, cat, name, description, value, basis);
        }

        Row withValue(String newValue) {
            return new Row(cat, filedAs, name, description, newValue, basis);
        }

        Row withDescription(String newDescription) {
            return new Row(cat, filedAs, name, newDescription, value, basis);
        }

        Row withBasis(String newBasis) {
            return new Row(cat, filedAs, name, description, value, newBasis);
        }

        Row filedAs(Cat wrong) {
            return new Row(cat, wrong, name, description, value, basis);
        }
    }

    /** What one project is about. */
    private record Subject(Kind kind, String thing, String measure, int amount, String people, String peopleUnit,
                           int headcount, String service) {
    }

    List<GoalTableInput> unitTables(int projects) {
        List<GoalTableInput> tables = new ArrayList<>(projects + 1);
        if (chance(0.9)) {
            tables.add(departmentTable());
        }
        for (int i = 0; i < projects; i++) {
            tables.add(projectTable(i));
        }
        return tables;
    }

    // ---------------------------------------------------------------- tables

    private GoalTableInput departmentTable() {
        List<String> goals = new ArrayList<>(stockGoals);
        goals.addAll(pickDistinct(sector.goals(), 1 + r.nextInt(3)));
        goals = goals.stream().distinct().toList();
        Subject subject = new Subject(Kind.OPERATION, unitName, "个", 1, sector.people(), sector.peopleUnit(),
                count(20, 400), pick(sector.services()));
        BigDecimal total = money(300, 20000);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Cat.QUANTITY, "保障在职人员数量", "单位在职在编人员数量", subject.headcount() + "人", "三定方案"));
        rows.add(new Row(Cat.QUANTITY, "项目实施数量", "年度实施预算项目数量", "≥" + count(3, 60) + "个", "部门预算批复"));
        rows.add(new Row(Cat.QUALITY, "预算执行率", "年度预算执行数占预算数的比率", pick(List.of("≥90%", "≥95%", "100%")),
                "预算管理办法"));
        rows.add(new Row(Cat.QUALITY, "政府采购执行率", "实际采购金额占采购预算的比率", "100%", "政府采购法"));
        rows.add(new Row(Cat.QUALITY, "“三公”经费控制率", "“三公”经费实际支出数占预算数的比率", "≤100%", "部门预算批复"));
        rows.add(new Row(Cat.TIMELINESS, "资金支付及时率", "按规定时限支付资金的比率", "≥95%", "国库集中支付管理办法"));
        rows.add(new Row(Cat.COST, "部门预算总额", "部门年度预算支出总额", "≤" + plain(total) + "万元", "部门预算批复"));
        rows.addAll(benefitRows(subject, 2 + r.nextInt(3)));
        rows.add(stockRows.get(2));
        if (chance(0.5)) {
            rows.add(new Row(Cat.SATISFACTION, "服务对象满意度", sector.people() + "满意度", pick(List.of("≥90%", "≥85%")),
                    "调查问卷"));
        }
        rows = defectsInRows(rows);
        return new GoalTableInput("DEPARTMENT", Integer.toString(year), unitCode, null, null, null, null, null, null,
                List.of(), goals, indicatorRows(rows), null);
    }

    private GoalTableInput projectTable(int index) {
        Kind kind = pickKind();
        Subject subject = subject(kind);
        boolean boilerplate = chance(rates.boilerplate());
        BigDecimal budget = budget(kind, subject);
        String name = projectName(subject);
        String code = regionCode + String.format("%02d", year % 100) + "P" + unitCode + String.format("%05d", index + 1)
                + (char) ('A' + r.nextInt(26));

        BigDecimal fiscal = budget;
        BigDecimal other = null;
        if (chance(0.12)) {
            other = budget.multiply(BigDecimal.valueOf(5 + r.nextInt(45))).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.HALF_UP);
            fiscal = budget.subtract(other);
        }
        if (chance(rates.budgetInconsistent())) {
            fiscal = budget.add(money(1, 50));
        }

        List<String> goals = boilerplate ? stockGoals : projectGoals(subject);
        List<Row> rows = projectRows(subject, budget, boilerplate);
        rows = defectsInRows(rows);

        return new GoalTableInput("PROJECT", Integer.toString(year), unitCode, code, name, budget.toPlainString(),
                fiscal.toPlainString(), other == null ? null : other.toPlainString(), purpose(subject), plan(), goals,
                indicatorRows(rows), null);
    }

    private List<Row> projectRows(Subject s, BigDecimal budget, boolean boilerplate) {
        List<Row> rows = new ArrayList<>();
        rows.addAll(take(quantityRows(s), minimal ? 1 : 2 + r.nextInt(5)));
        rows.addAll(take(qualityRows(s), minimal ? 1 : 2 + r.nextInt(3)));
        List<Row> timeliness = take(timelinessRows(s), minimal ? 1 : 1 + r.nextInt(3));
        if (chance(rates.deadlineYearOff())) {
            timeliness.set(0, yearOff(timeliness.get(0), s));
        }
        rows.addAll(timeliness);
        List<Row> cost = take(costRows(s, budget), minimal ? 1 : 1 + r.nextInt(2));
        rows.addAll(cost);
        if (layout2021 && !minimal) {
            if (chance(0.5)) {
                rows.add(new Row(Cat.SOCIAL_COST, "社会成本", "项目实施对社会造成的负面影响", "无", stockBasis));
            }
            if (chance(0.4)) {
                rows.add(new Row(Cat.ECOLOGICAL_COST, "生态环境成本", "项目实施对生态环境造成的影响", "无明显影响",
                        stockBasis));
            }
        }
        boolean dropBenefits = false;
        boolean dropSatisfaction = false;
        if (chance(rates.missingCategory())) {
            if (chance(0.5)) {
                dropBenefits = true;
            } else {
                dropSatisfaction = true;
            }
        }
        if (!dropBenefits) {
            if (boilerplate) {
                rows.add(stockRows.get(0));
                rows.add(stockRows.get(1));
                if (!minimal && chance(0.5)) {
                    rows.addAll(take(socialRows(s), 1));
                }
            } else {
                rows.addAll(benefitRows(s, minimal ? 2 : 3 + r.nextInt(5)));
            }
            if (chance(rates.sloganBenefit()) && !boilerplate) {
                rows.add(sloganRow(s));
            }
        }
        if (!dropSatisfaction) {
            if (boilerplate) {
                rows.add(stockRows.get(2));
            } else {
                rows.addAll(take(satisfactionRows(s), minimal ? 1 : 1 + r.nextInt(3)));
            }
        }
        return rows;
    }

    /** 效益 rows: social first, then economic, ecological, sustainable, in the order tables list them. */
    private List<Row> benefitRows(Subject s, int count) {
        List<Row> social = take(socialRows(s), Math.max(1, count / 2));
        List<Row> rows = new ArrayList<>(social);
        int left = count - social.size();
        if (left > 0 && chance(0.6)) {
            rows.addAll(take(economicRows(s), 1));
            left--;
        }
        if (left > 0 && (s.kind() == Kind.CONSTRUCTION || sector.department().contains("生态") || sector.department()
                .contains("水利") || chance(0.15))) {
            rows.addAll(take(ecologicalRows(s), 1));
            left--;
        }
        if (left > 0) {
            rows.addAll(take(sustainableRows(s), left));
        }
        return rows;
    }

    /** The seed's favourite defect: a 经济效益 or 可持续影响 row whose value repeats a slogan. */
    private Row sloganRow(Subject s) {
        if (chance(0.6)) {
            String slogan = pick(ECONOMIC_SLOGANS);
            return new Row(Cat.ECONOMIC, pick(List.of("经济效益", "经济效益指标", "促进经济发展")), slogan, slogan, stockBasis);
        }
        String slogan = pick(SUSTAINABLE_SLOGANS);
        // seed 001 writes the description with one word less than the value (为创城打基础 / 为创城打下基础)
        String description = slogan.replace("打下基础", "打基础");
        return new Row(chance(0.3) ? Cat.ECONOMIC : Cat.SUSTAINABLE, "可持续效益", description, slogan, stockBasis);
    }

    // ---------------------------------------------------------------- row pools by 二级

    private List<Row> quantityRows(Subject s) {
        String basis = pick(sector.bases());
        List<Row> rows = new ArrayList<>();
        switch (s.kind()) {
            case SUBSIDY -> {
                rows.add(new Row(Cat.QUANTITY, "人员数量", s.thing() + "发放人员数量", count(s.headcount(), s.peopleUnit()),
                        "三定方案"));
                rows.add(new Row(Cat.QUANTITY, "发放月数", s.thing() + "发放月数", "12个月", basis));
                rows.add(new Row(Cat.QUANTITY, "覆盖" + s.people() + "比例", "享受" + s.thing() + "的" + s.people()
                        + "占应享受人数比例", "100%", basis));
            }
            case CONSTRUCTION -> {
                rows.add(new Row(Cat.QUANTITY, pick(List.of("施工数量", s.thing() + "建设数量", "新建" + s.thing() + "数量")),
                        "新建" + s.thing() + "数量", count(s.amount(), s.measure()), basis));
                rows.add(new Row(Cat.QUANTITY, "维修改造" + s.thing() + "数量", "维修改造" + s.thing() + "的数量",
                        count(Math.max(1, s.amount() / 2), s.measure()), basis));
                rows.add(new Row(Cat.QUANTITY, "受益" + s.people() + "数量", "项目直接受益的" + s.people() + "数量",
                        count(s.headcount(), s.peopleUnit()), basis));
            }
            case EQUIPMENT -> {
                rows.add(new Row(Cat.QUANTITY, s.thing() + "购置数量", "购置" + s.thing() + "数量",
                        count(s.amount(), s.measure()), "采购计划"));
                rows.add(new Row(Cat.QUANTITY, "配备单位数量", "配备新购设备的单位数量", count(1 + r.nextInt(20), "个"),
                        basis));
            }
            case OPERATION -> {
                rows.add(new Row(Cat.QUANTITY, pick(List.of("保障人数", "保障单位人员工作人数")), "发放领取人员数量",
                        count(s.headcount(), "人"), "三定方案"));
                rows.add(new Row(Cat.QUANTITY, "保障公务用车数量", "保障运行的公务用车数量", count(1 + r.nextInt(12), "辆"),
                        basis));
                rows.add(new Row(Cat.QUANTITY, "保障办公场所面积", "保障使用的办公用房面积", count(count(200, 5000),
                        "平方米"), basis));
            }
            case TRAINING -> {
                rows.add(new Row(Cat.QUANTITY, "培训人次", "参加" + s.service() + "的人次", count(s.headcount(), "人次"),
                        "年度培训计划"));
                rows.add(new Row(Cat.QUANTITY, "培训期数", "举办培训班期数", count(1 + r.nextInt(12), "期"), "年度培训计划"));
                rows.add(new Row(Cat.QUANTITY, "培训天数", "累计培训天数", count(2 + r.nextInt(30), "天"), "年度培训计划"));
            }
            case SERVICE -> {
                rows.add(new Row(Cat.QUANTITY, "运维" + s.thing() + "数量", "运行维护的" + s.thing() + "数量",
                        count(s.amount(), s.measure()), "运维合同"));
                rows.add(new Row(Cat.QUANTITY, "服务次数", "提供" + s.service() + "服务次数", count(count(4, 200), "次"),
                        "服务合同"));
            }
            case TRANSFER -> {
                rows.add(new Row(Cat.QUANTITY, "补助对象数量", "享受补助的" + s.people() + "数量",
                        count(s.headcount(), s.peopleUnit()), basis));
                if (sector.department().startsWith("农业")) {
                    rows.add(new Row(Cat.QUANTITY, "补贴面积", "享受补贴的耕地面积", count(count(1000, 90000), "亩"), basis));
                }
                rows.add(new Row(Cat.QUANTITY, "资金发放批次", "补助资金发放批次", count(1 + r.nextInt(12), "批"), basis));
            }
            case CAMPAIGN -> {
                rows.add(new Row(Cat.QUANTITY, "开展" + s.service() + "次数", "全年开展" + s.service() + "活动次数",
                        count(count(2, 60), "次"), "年度工作计划"));
                rows.add(new Row(Cat.QUANTITY, "发放宣传资料", "发放宣传资料份数", count(count(500, 20000), "份"),
                        "年度工作计划"));
                rows.add(new Row(Cat.QUANTITY, "检查单位数量", "检查重点单位数量", count(count(10, 400), "家"), basis));
            }
            default -> throw new IllegalStateException(s.kind().name());
        }
        rows.add(new Row(Cat.QUANTITY, "覆盖乡镇（街道）数量", "项目覆盖的乡镇（街道）数量", count(count(1, 30), "个"), basis));
        rows.add(new Row(Cat.QUANTITY, "制度建设数量", "制定完善的管理制度数量", count(1 + r.nextInt(6), "项"), stockBasis));
        rows.add(new Row(Cat.QUANTITY, "检查督导次数", "开展检查督导次数", count(count(2, 24), "次"), stockBasis));
        return rows;
    }

    private List<Row> qualityRows(Subject s) {
        List<Row> rows = new ArrayList<>();
        switch (s.kind()) {
            case SUBSIDY, TRANSFER -> {
                rows.add(new Row(Cat.QUALITY, "发放成功率", "资金发放成功率", positivePercent(), pick(sector.bases())));
                rows.add(new Row(Cat.QUALITY, "发放准确率", "按标准准确发放的比率", positivePercent(), pick(sector.bases())));
                rows.add(new Row(Cat.QUALITY, "补助标准执行率", "按规定标准发放补助的比率", "100%", pick(sector.bases())));
            }
            case CONSTRUCTION -> {
                rows.add(new Row(Cat.QUALITY, "合格率", "合格数量占总施工数量的比率", positivePercent(), "验收报告"));
                rows.add(new Row(Cat.QUALITY, "工程验收合格率", "工程竣工验收一次合格的比率", positivePercent(), "验收报告"));
                rows.add(new Row(Cat.QUALITY, "安全事故发生次数", "施工期间安全事故次数", "0次", "施工合同"));
            }
            case EQUIPMENT -> {
                rows.add(new Row(Cat.QUALITY, "合格率", "合格数量占总数量的比率", positivePercent(), "验收报告"));
                rows.add(new Row(Cat.QUALITY, "设备完好率", "设备正常可用数量占设备总数的比率", positivePercent(), "设备台账"));
            }
            case OPERATION -> {
                rows.add(new Row(Cat.QUALITY, "经费到位完成率", "按时完成每月资金到位和使用情况", "100%", stockBasis));
                rows.add(new Row(Cat.QUALITY, "资金使用合规率", "资金使用符合财经制度规定的比率", "100%", "财务管理制度"));
            }
            case TRAINING -> {
                rows.add(new Row(Cat.QUALITY, "培训合格率", "考核合格人数占参训人数的比率", positivePercent(), "培训考核记录"));
                rows.add(new Row(Cat.QUALITY, "参训率", "实际参训人数占应参训人数的比率", positivePercent(), "签到表"));
            }
            case SERVICE -> {
                rows.add(new Row(Cat.QUALITY, "系统正常运行率", "系统正常运行时间占总时间的比率", positivePercent(), "运维合同"));
                rows.add(new Row(Cat.QUALITY, "故障修复率", "故障按时修复的比率", positivePercent(), "运维记录"));
            }
            case CAMPAIGN -> {
                rows.add(new Row(Cat.QUALITY, "隐患整改率", "发现隐患整改完成的比率", positivePercent(), "检查记录"));
                rows.add(new Row(Cat.QUALITY, "活动覆盖率", "活动覆盖的乡镇（街道）比率", positivePercent(), "年度工作计划"));
            }
            default -> throw new IllegalStateException(s.kind().name());
        }
        rows.add(new Row(Cat.QUALITY, "档案资料完整率", "项目档案资料完整归档的比率", positivePercent(), stockBasis));
        rows.add(new Row(Cat.QUALITY, "问题整改率", "检查发现问题整改完成的比率", positivePercent(), stockBasis));
        return rows;
    }

    private List<Row> timelinessRows(Subject s) {
        List<Row> rows = new ArrayList<>();
        String month = (9 + r.nextInt(4)) + "月底前";
        switch (s.kind()) {
            case SUBSIDY, TRANSFER -> {
                rows.add(new Row(Cat.TIMELINESS, "发放及时率", "发放" + s.thing() + "按时发放",
                        pick(List.of("每月25号", "每月10日前", "12月底前", "≥98%", "12月前", "每季度末")), pick(sector.bases())));
                rows.add(new Row(Cat.TIMELINESS, "资金拨付及时率", "按规定时限拨付资金的比率", positivePercent(), stockBasis));
            }
            case CONSTRUCTION -> {
                rows.add(new Row(Cat.TIMELINESS, pick(List.of("施工时间", "完工时间", "项目完成时间")),
                        "预计" + year + "年" + month.replace("前", "") + "前完成", month, "施工合同"));
                rows.add(new Row(Cat.TIMELINESS, "开工时间", "项目开工时间", (3 + r.nextInt(4)) + "月底前", "施工合同"));
            }
            case EQUIPMENT -> {
                rows.add(new Row(Cat.TIMELINESS, "购置时间", "预计" + year + "年" + month.replace("前", "") + "前完成",
                        month, "购置合同"));
                rows.add(new Row(Cat.TIMELINESS, "采购完成及时率", "按计划完成采购的比率", positivePercent(), "采购计划"));
            }
            case OPERATION -> {
                rows.add(new Row(Cat.TIMELINESS, "发放维持性经费及时率", "按预算进展程度的比率", positivePercent(),
                        "按季度拨款数据"));
                rows.add(new Row(Cat.TIMELINESS, "资金支付时间", "年度资金支付完成时间", year + "年12月31日前", stockBasis));
            }
            case TRAINING -> {
                rows.add(new Row(Cat.TIMELINESS, "培训完成时间", "年度培训任务完成时间", month, "年度培训计划"));
                rows.add(new Row(Cat.TIMELINESS, "培训及时率", "按计划时间举办培训的比率", positivePercent(), "年度培训计划"));
            }
            case SERVICE -> {
                rows.add(new Row(Cat.TIMELINESS, "故障响应时间", "接到报修至到达现场的时间", "≤" + (1 + r.nextInt(4)) + "小时",
                        "运维合同"));
                rows.add(new Row(Cat.TIMELINESS, "服务完成时间", "年度服务完成时间", "12月底前", "服务合同"));
            }
            case CAMPAIGN -> {
                rows.add(new Row(Cat.TIMELINESS, "活动完成时间", "年度活动完成时间", month, "年度工作计划"));
                rows.add(new Row(Cat.TIMELINESS, "隐患整改时限", "发现隐患至整改完成的时间",
                        "≤" + (3 + r.nextInt(12)) + "个工作日", "检查记录"));
            }
            default -> throw new IllegalStateException(s.kind().name());
        }
        rows.add(new Row(Cat.TIMELINESS, "资金支付及时率", "按合同约定时限支付资金的比率", positivePercent(), stockBasis));
        return rows;
    }

    private List<Row> costRows(Subject s, BigDecimal budget) {
        BigDecimal stated = budget;
        if (chance(rates.costMismatch())) {
            stated = chance(0.3) ? budget.movePointRight(1)
                    : budget.multiply(BigDecimal.valueOf(50 + r.nextInt(100))).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.HALF_UP);
        }
        String total = chance(0.65) ? "≤" + plain(stated) + "万元" : plain(stated) + "万元";
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Cat.COST, pick(List.of("所需成本", "项目总成本", "成本控制")), pick(List.of("预计所需成本", "所需成本",
                "项目成本控制在预算范围内")), total, pick(List.of("预算支出标准", "测算表", "部门预算批复"))));
        switch (s.kind()) {
            case SUBSIDY, TRANSFER -> {
                if (s.headcount() > 0 && !"户".equals(s.peopleUnit())) {
                    BigDecimal each = budget.divide(BigDecimal.valueOf(s.headcount()), 2, RoundingMode.HALF_UP);
                    rows.add(each.signum() > 0
                            ? new Row(Cat.COST, "人均成本", "平均每人所需成本", plain(each) + "万元/人", "测算基数测算表")
                            : new Row(Cat.COST, "补助标准", "每人每月补助标准", (50 + r.nextInt(900)) + "元/人·月", "补助标准文件"));
                } else {
                    rows.add(new Row(Cat.COST, "户均补助", "每户补助标准", (200 + r.nextInt(3000)) + "元", "补助标准文件"));
                }
            }
            case CONSTRUCTION -> rows.add(new Row(Cat.COST, "单位造价", "每" + s.measure() + "建设成本",
                    "≤" + (200 + r.nextInt(3000)) + "元/" + s.measure(), "工程预算"));
            case TRAINING -> rows.add(new Row(Cat.COST, "人均培训成本", "每人次培训成本", "≤" + (100 + r.nextInt(900))
                    + "元/人", "培训费管理办法"));
            default -> rows.add(new Row(Cat.COST, "成本节约率", "实际支出低于预算的比率", "≥" + (1 + r.nextInt(10)) + "%",
                    "预算支出标准"));
        }
        return rows;
    }

    private List<Row> socialRows(Subject s) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Cat.SOCIAL, "工作完成率", "重点工作完成情况占工作总数量的比率", "≥95%", stockBasis));
        rows.add(new Row(Cat.SOCIAL, "受益" + s.people() + "数量", "项目受益的" + s.people() + "数量",
                count(s.headcount() * (1 + r.nextInt(5)), s.peopleUnit()), pick(sector.bases())));
        rows.add(new Row(Cat.SOCIAL, s.service() + "知晓率", "群众对" + s.service() + "的知晓率", "≥" + (80 + r.nextInt(16)) + "%",
                "抽样调查"));
        String slogan = pick(SOCIAL_SLOGANS);
        rows.add(new Row(Cat.SOCIAL, pick(List.of("社会效益", "保障" + s.people() + "权益", "公共服务水平提升情况")), slogan,
                pick(List.of("有效保障", "持续改善", "稳步提升", slogan)), stockBasis));
        rows.add(new Row(Cat.SOCIAL, s.service() + "覆盖率", s.service() + "覆盖的乡镇（街道）比率", positivePercent(),
                pick(sector.bases())));
        return rows;
    }

    private List<Row> economicRows(Subject s) {
        List<Row> rows = new ArrayList<>();
        if (sector.department().startsWith("农业") || s.kind() == Kind.TRANSFER) {
            rows.add(new Row(Cat.ECONOMIC, "带动增收", "受益" + s.people() + "户均增收", "≥" + (200 + r.nextInt(3000)) + "元",
                    pick(sector.bases())));
        }
        rows.add(new Row(Cat.ECONOMIC, "节约资金", "通过集中采购节约的资金", "≥" + (1 + r.nextInt(30)) + "万元", "采购结果"));
        rows.add(new Row(Cat.ECONOMIC, "保障职工的正常办公条件", "保障职工的正常办公条件", "100%", stockBasis));
        return rows;
    }

    private List<Row> ecologicalRows(Subject s) {
        return new ArrayList<>(List.of(
                new Row(Cat.ECOLOGICAL, "生态环境改善", "项目实施对周边生态环境的改善", pick(List.of("有所改善", "持续改善")),
                        stockBasis),
                new Row(Cat.ECOLOGICAL, "绿化覆盖率", "项目区域绿化覆盖面积占比", "≥" + (30 + r.nextInt(20)) + "%",
                        "城市绿化规划"),
                new Row(Cat.ECOLOGICAL, "建筑垃圾清运率", "施工产生的建筑垃圾按规定清运的比率", "100%", "施工合同")));
    }

    private List<Row> sustainableRows(Subject s) {
        List<Row> rows = new ArrayList<>();
        if (s.kind() == Kind.CONSTRUCTION) {
            rows.add(new Row(Cat.SUSTAINABLE, "设施使用年限", "建成设施设计使用年限", "≥" + (10 + 5 * r.nextInt(7)) + "年",
                    "设计文件"));
        }
        if (s.kind() == Kind.EQUIPMENT) {
            rows.add(new Row(Cat.SUSTAINABLE, "设备使用年限", "设备正常使用年限", "≥" + (3 + r.nextInt(8)) + "年",
                    "产品说明书"));
        }
        rows.add(new Row(Cat.SUSTAINABLE, "长效管理机制", "建立健全" + s.service() + "长效管理机制", pick(List.of("长期",
                "建立健全", "长期有效")), stockBasis));
        rows.add(new Row(Cat.SUSTAINABLE, "持续发挥作用年限", "项目持续发挥作用的年限", "≥" + (2 + r.nextInt(9)) + "年",
                stockBasis));
        return rows;
    }

    private List<Row> satisfactionRows(Subject s) {
        List<Row> rows = new ArrayList<>();
        String who = switch (s.kind()) {
            case SUBSIDY, OPERATION -> pick(List.of("工作人员", "职工", s.people()));
            case TRAINING -> "参训人员";
            default -> pick(List.of("群众", "受益对象", s.people(), "服务对象"));
        };
        rows.add(new Row(Cat.SATISFACTION, pick(List.of("满意度", who + "满意度")), who + "满意度", satisfactionValue(),
                "调查问卷"));
        rows.add(new Row(Cat.SATISFACTION, "受益对象满意度", "问卷调查过程中，满意度和较满意的比率", satisfactionValue(),
                "调查问卷"));
        rows.add(new Row(Cat.SATISFACTION, "投诉处理满意度", "投诉事项处理后投诉人满意的比率", satisfactionValue(), "投诉记录"));
        return rows;
    }

    // ---------------------------------------------------------------- defects applied to finished rows

    private List<Row> defectsInRows(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows.size() + 1);
        for (Row row : rows) {
            Row x = row;
            if (chance(rates.descriptionCopiesName())) {
                x = x.withDescription(x.name());
            }
            if (chance(rates.missingBasis())) {
                x = x.withBasis(null);
            }
            boolean benefit = x.cat() == Cat.SOCIAL || x.cat() == Cat.ECONOMIC || x.cat() == Cat.ECOLOGICAL
                    || x.cat() == Cat.SUSTAINABLE;
            if (benefit && chance(rates.vagueValue())) {
                x = x.withValue(pick(VAGUE));
            } else if (benefit && chance(rates.pseudoQuantified())) {
                x = x.withValue(pick(List.of("≥95%", "100%", "≤95%", "≥90%")));
            } else if (benefit && chance(rates.valueCopiesDescription()) && x.description() != null) {
                x = x.withValue(x.description());
            }
            if ((x.cat() == Cat.QUANTITY || x.cat() == Cat.SOCIAL) && chance(rates.missingUnit())) {
                x = x.withValue(withoutUnit(x.value()));
            }
            out.add(x);
        }
        if (!out.isEmpty() && chance(rates.misclassified())) {
            int i = r.nextInt(out.size());
            Row row = out.get(i);
            Cat wrong = switch (row.cat()) {
                case SATISFACTION -> Cat.SOCIAL;
                case QUALITY -> Cat.SOCIAL;
                case SUSTAINABLE -> Cat.ECONOMIC;
                case ECONOMIC, ECOLOGICAL -> Cat.SUSTAINABLE;
                case SOCIAL -> Cat.QUALITY;
                case QUANTITY -> Cat.QUALITY;
                case TIMELINESS -> Cat.QUANTITY;
                case COST, SOCIAL_COST, ECOLOGICAL_COST -> Cat.QUANTITY;
            };
            out.set(i, row.filedAs(wrong));
        }
        if (!out.isEmpty() && chance(rates.duplicateRow())) {
            int i = r.nextInt(out.size());
            out.add(i + 1, out.get(i));
        }
        return out;
    }

    private Row yearOff(Row row, Subject s) {
        int before = year - 1;
        if (chance(0.6)) {
            return row.withDescription("预计" + before + "年12月底前完成");
        }
        return row.withValue(before + "年12月底前");
    }

    private String positivePercent() {
        String value = pick(List.of("≥95%", "100%", "≥98%", "≥90%", "不低于95%", "≥99%", "95%以上", "=100%", "≥85%"));
        if (chance(rates.wrongComparator()) && (value.startsWith("≥") || value.startsWith("不低于"))) {
            return "≤" + value.substring(value.startsWith("≥") ? 1 : 3);
        }
        return value;
    }

    private String satisfactionValue() {
        String value = pick(List.of("≥90%", "≥95%", "≥85%", "100%", "≥97%", "≥80%", "不低于90%"));
        if (chance(rates.wrongComparator()) && value.startsWith("≥")) {
            return "≤" + value.substring(1);
        }
        return value;
    }

    private static String withoutUnit(String value) {
        int end = 0;
        while (end < value.length() && (Character.isDigit(value.charAt(end)) || value.charAt(end) == '≥'
                || value.charAt(end) == '.')) {
            end++;
        }
        return end == 0 ? value : value.substring(0, end);
    }

    // ---------------------------------------------------------------- projects

    private Kind pickKind() {
        double x = r.nextDouble();
        for (int i = 0; i < KINDS.length; i++) {
            x -= KIND_WEIGHTS[i];
            if (x < 0) {
                return KINDS[i];
            }
        }
        return KINDS[KINDS.length - 1];
    }

    private Subject subject(Kind kind) {
        String service = pick(sector.services());
        return switch (kind) {
            case SUBSIDY -> {
                boolean staff = chance(0.6);
                yield new Subject(kind, pick(SUBSIDIES), "人", 0, staff ? sector.people() : pick(sector.otherPeople()),
                        "人", count(3, staff ? 300 : 2000), service);
            }
            case CONSTRUCTION -> {
                String[] facility = pick(sector.facilities()).split(":");
                yield new Subject(kind, facility[0], facility[1], amountFor(facility[1]), pick(sector.otherPeople()),
                        "人", count(100, 50000), service);
            }
            case EQUIPMENT -> {
                String[] item = pick(sector.equipment()).split(":");
                yield new Subject(kind, item[0], item[1], amountFor(item[1]), sector.people(), sector.peopleUnit(),
                        count(10, 5000), service);
            }
            case OPERATION -> new Subject(kind, pick(List.of("单位运转", "日常维持", "办公用房租赁", "公务用车运行维护")), "个", 1,
                    sector.people(), "人", count(5, 300), service);
            case TRAINING -> {
                String training = sector.services().stream().filter(x -> x.contains("培训")).findFirst()
                        .orElse(pick(sector.otherPeople()) + "业务培训");
                yield new Subject(kind, training, "期", 1 + r.nextInt(10), pick(sector.otherPeople()), "人次",
                        count(30, 3000), training);
            }
            case SERVICE -> {
                String[] facility = pick(sector.facilities()).split(":");
                yield new Subject(kind, facility[0], facility[1], amountFor(facility[1]), sector.people(),
                        sector.peopleUnit(), count(100, 20000), service);
            }
            case TRANSFER -> new Subject(kind, service, sector.peopleUnit(), 1, pick(sector.otherPeople()),
                    sector.peopleUnit(), count(20, 20000), service);
            case CAMPAIGN -> new Subject(kind, service, "次", count(2, 50), sector.people(), sector.peopleUnit(),
                    count(100, 100000), service);
        };
    }

    private int amountFor(String measure) {
        return switch (measure) {
            case "平方米" -> count(200, 20000);
            case "公里", "亩" -> count(1, 300) * (measure.equals("亩") ? 100 : 1);
            case "米" -> count(100, 5000);
            case "册" -> count(500, 30000);
            default -> count(1, 60);
        };
    }

    private String projectName(Subject s) {
        String name = switch (s.kind()) {
            case SUBSIDY -> s.people() + s.thing() + pick(List.of("经费", "资金", ""));
            case CONSTRUCTION -> pick(List.of(s.thing() + "建设项目", s.thing() + "维修改造工程", pick(TOWNS) + s.thing()
                    + "新建工程", s.thing() + "提升改造项目"));
            case EQUIPMENT -> pick(List.of(s.thing() + "购置项目", s.thing() + "采购经费", "购置" + s.thing() + "资金"));
            case OPERATION -> s.thing() + "经费";
            case TRAINING -> s.service() + "经费";
            case SERVICE -> pick(List.of(s.thing() + "运行维护经费", s.service() + "政府购买服务项目", s.service() + "服务费"));
            case TRANSFER -> chance(0.3)
                    ? "财" + pick(List.of("农", "社", "教", "建")) + (year - 1) + "年" + (10 + r.nextInt(300)) + "号提前下达"
                    + year + "年" + s.service() + "资金"
                    : s.people() + pick(List.of("补助资金", "补贴资金", "专项资金"));
            case CAMPAIGN -> s.service() + pick(List.of("专项工作经费", "活动经费", "专项行动经费"));
        };
        return chance(0.25) ? year + "年" + name : name;
    }

    private String purpose(Subject s) {
        return switch (s.kind()) {
            case SUBSIDY -> "保障" + s.people() + s.thing() + "按时足额发放。";
            case CONSTRUCTION -> "用于" + s.thing() + "建设，改善" + s.people() + "生产生活条件。";
            case EQUIPMENT -> "购置" + s.thing() + "，提升装备水平。";
            case OPERATION -> "保障单位正常运转经费。";
            case TRAINING -> "用于开展" + s.service() + "，提高" + s.people() + "业务能力。";
            case SERVICE -> "购买" + s.service() + "服务，保障" + s.thing() + "正常运行。";
            case TRANSFER -> "按标准向" + s.people() + "发放" + s.service() + "资金。";
            case CAMPAIGN -> "开展" + s.service() + "工作。";
        };
    }

    private List<String> projectGoals(Subject s) {
        List<String> goals = new ArrayList<>();
        switch (s.kind()) {
            case SUBSIDY -> {
                goals.add("保障" + s.people() + s.thing() + "按时足额发放");
                goals.add("调动" + s.people() + "工作积极性");
            }
            case CONSTRUCTION -> {
                goals.add("完成" + s.amount() + s.measure() + s.thing() + "建设任务，工程质量验收合格");
                goals.add("改善" + s.people() + "生产生活条件");
            }
            case EQUIPMENT -> {
                goals.add("购置" + s.thing() + s.amount() + s.measure() + "，按时完成验收并投入使用");
                goals.add("提升" + sector.department().replace("局", "") + "工作保障能力");
            }
            case OPERATION -> {
                goals.add("保障单位人员工资正常发放、工作顺利进行");
                goals.add("单位正常运转");
            }
            case TRAINING -> {
                goals.add("举办" + s.amount() + "期" + s.service() + "，培训" + s.headcount() + "人次");
                goals.add("提高" + s.people() + "业务能力");
            }
            case SERVICE -> {
                goals.add("保障" + s.thing() + "正常运行，故障及时修复");
                goals.add("提高" + s.service() + "服务质量");
            }
            case TRANSFER -> {
                goals.add("按标准向" + s.headcount() + s.peopleUnit() + s.people() + "足额发放补助资金");
                goals.add("保障" + s.people() + "基本权益");
            }
            case CAMPAIGN -> {
                goals.add("全年开展" + s.service() + s.amount() + "次");
                goals.add("提高群众" + s.service() + "知晓率");
            }
            default -> throw new IllegalStateException(s.kind().name());
        }
        if (chance(0.5)) {
            goals.add(pick(stockGoals));
        }
        return goals.stream().distinct().toList();
    }

    private BigDecimal budget(Kind kind, Subject s) {
        return switch (kind) {
            case SUBSIDY -> money(5, 800);
            case CONSTRUCTION -> money(20, 3000);
            case EQUIPMENT -> money(5, 500);
            case OPERATION -> money(10, 600);
            case TRAINING -> money(2, 80);
            case SERVICE -> money(10, 400);
            case TRANSFER -> money(20, 5000);
            case CAMPAIGN -> money(2, 100);
        };
    }

    private List<PlanPoint> plan() {
        int[] percents = PLANS[r.nextInt(PLANS.length)].clone();
        if (chance(rates.planDefect())) {
            if (chance(0.5)) {
                percents[2] = percents[1] - 10; // goes down
            } else {
                percents[3] = 90; // never reaches 100%
            }
        }
        List<PlanPoint> plan = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            plan.add(new PlanPoint(Integer.toString(planMonths[i]), percents[i] + "%"));
        }
        return plan;
    }

    // ---------------------------------------------------------------- labels and rows as text

    private List<IndicatorRow> indicatorRows(List<Row> rows) {
        List<IndicatorRow> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Cat filed = row.filedAs();
            String formula = null;
            String dataSource = null;
            if (detailed) {
                formula = row.value() != null && row.value().contains("%")
                        ? row.name() + "=" + row.description() + "×100%" : null;
                dataSource = row.basis();
            }
            out.add(new IndicatorRow(level1(filed), level2(filed), row.name(), row.description(), row.value(),
                    row.basis(), null, formula, dataSource, null));
        }
        return out;
    }

    private String level1(Cat cat) {
        String standard = switch (cat) {
            case QUANTITY, QUALITY, TIMELINESS -> "产出指标";
            case COST -> layout2021 ? "成本指标" : "产出指标";
            case SOCIAL_COST, ECOLOGICAL_COST -> "成本指标";
            case ECONOMIC, SOCIAL, ECOLOGICAL, SUSTAINABLE -> "效益指标";
            case SATISFACTION -> "满意度指标";
        };
        return switch (labelStyle) {
            case 1 -> standard.replace("指标", "");
            case 3 -> standard.equals("成本指标") ? "成本指标（必填）" : standard;
            default -> standard;
        };
    }

    private String level2(Cat cat) {
        String standard = switch (cat) {
            case QUANTITY -> "数量指标";
            case QUALITY -> "质量指标";
            case TIMELINESS -> "时效指标";
            case COST -> layout2021 ? "经济成本指标" : "成本指标";
            case SOCIAL_COST -> "社会成本指标";
            case ECOLOGICAL_COST -> "生态环境成本指标";
            case ECONOMIC -> "经济效益指标";
            case SOCIAL -> "社会效益指标";
            case ECOLOGICAL -> labelStyle == 2 ? "环境效益指标" : "生态效益指标";
            case SUSTAINABLE -> "可持续影响指标";
            case SATISFACTION -> labelStyle == 2 ? "社会公众或服务对象满意度指标" : "服务对象满意度指标";
        };
        return labelStyle == 1 ? standard.replace("指标", "") : standard;
    }

    // ---------------------------------------------------------------- randomness

    private boolean chance(double p) {
        return p > 0 && r.nextDouble() < p;
    }

    private <T> T pick(List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private <T> List<T> pickDistinct(List<T> list, int n) {
        List<T> copy = new ArrayList<>(list);
        List<T> out = new ArrayList<>(n);
        while (out.size() < n && !copy.isEmpty()) {
            out.add(copy.remove(r.nextInt(copy.size())));
        }
        return out;
    }

    /** Up to {@code n} rows of the pool, in pool order (tables list rows in a habitual order). */
    private List<Row> take(List<Row> pool, int n) {
        if (n >= pool.size()) {
            return new ArrayList<>(pool);
        }
        boolean[] chosen = new boolean[pool.size()];
        chosen[0] = chance(0.8); // the first row of a pool is the one nearly every table has
        int picked = chosen[0] ? 1 : 0;
        while (picked < n) {
            int i = r.nextInt(pool.size());
            if (!chosen[i]) {
                chosen[i] = true;
                picked++;
            }
        }
        List<Row> out = new ArrayList<>(n);
        for (int i = 0; i < pool.size(); i++) {
            if (chosen[i]) {
                out.add(pool.get(i));
            }
        }
        return out;
    }

    /** A count between {@code min} and {@code max}, skewed to small numbers and often round. */
    private int count(int min, int max) {
        double x = Math.exp(Math.log(min) + r.nextDouble() * (Math.log(max) - Math.log(min)));
        int n = (int) Math.round(x);
        if (n >= 100 && chance(0.5)) {
            n = n / 10 * 10;
        }
        return Math.max(min, Math.min(max, n));
    }

    /** {@code 99人}, {@code ≥4座}, {@code 不少于50人次}. */
    private String count(int n, String unit) {
        double x = r.nextDouble();
        if (x < 0.55) {
            return n + unit;
        }
        return (x < 0.92 ? "≥" : "不少于") + n + unit;
    }

    /** An amount in 万元 between the bounds, log-uniform, usually with a round last digit. */
    private BigDecimal money(double min, double max) {
        double x = Math.exp(Math.log(min) + r.nextDouble() * (Math.log(max) - Math.log(min)));
        int scale = chance(0.6) ? 0 : chance(0.5) ? 1 : 2;
        return BigDecimal.valueOf(x).setScale(scale, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** {@code 73.20} → {@code 73.2}, {@code 20.00} → {@code 20} in values; fields keep two decimals. */
    private static String plain(BigDecimal wan) {
        return wan.stripTrailingZeros().toPlainString();
    }
}
