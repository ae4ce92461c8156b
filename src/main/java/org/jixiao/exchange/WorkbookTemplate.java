package org.jixiao.exchange;

import java.util.List;
import java.util.Locale;

/**
 * The Jixiao .xlsx template (docs/exchange.md): the labels and positions the writer puts down and the reader
 * looks for. Rows and columns are 0-based here (row 2 is Excel's row 3, column 1 is column B).
 */
final class WorkbookTemplate {

    private WorkbookTemplate() {
    }

    static final String INDEX_SHEET = "目录";
    static final String DEPARTMENT_SHEET = "部门整体绩效目标";

    // index sheet
    static final String UNIT_CODE = "单位编码";
    static final String UNIT_NAME = "单位名称";
    static final String YEAR = "预算年度";
    static final int INDEX_META_ROW = 1;
    static final int INDEX_NOTE_ROW = 2;
    static final int INDEX_HEADER_ROW = 3;
    static final List<String> INDEX_HEADER = List.of("序号", "项目编码", "项目名称", "预算数（万元）", "指标数", "工作表");
    /** Rows at the top of the first sheet searched for {@link #UNIT_CODE} and {@link #YEAR}. */
    static final int INDEX_SEARCH_ROWS = 10;

    // a goal-table sheet
    static final int TITLE_ROW = 0;
    static final int UNIT_ROW = 1;
    static final String MONEY_UNIT = "单位：万元";
    static final String PROJECT_CODE = "项目编码";
    static final String PROJECT_NAME = "项目名称";
    static final String FUNDING = "预算规模及资金用途";
    static final String BUDGET = "预算数";
    static final String FISCAL = "其中：财政资金";
    static final String OTHER = "其他资金";
    static final String PLAN = "资金支出计划（%）";
    static final String GOALS = "绩效目标";

    /** Columns of the header block: label in A, values to the right. */
    static final int LABEL_COLUMN = 0;
    static final int CODE_COLUMN = 1;
    static final int NAME_LABEL_COLUMN = 3;
    static final int NAME_COLUMN = 4;
    static final int BUDGET_LABEL_COLUMN = 1;
    static final int BUDGET_COLUMN = 2;
    static final int FISCAL_LABEL_COLUMN = 3;
    static final int FISCAL_COLUMN = 4;
    static final int OTHER_LABEL_COLUMN = 5;
    static final int OTHER_COLUMN = 6;
    static final int TEXT_COLUMN = 1;
    /** Spending-plan checkpoints per pair of rows (columns B–J). */
    static final int PLAN_SLOTS = 9;
    static final int LAST_COLUMN = 9;

    /** The indicator table, in template order (columns A–J). */
    enum Column {
        LEVEL1("一级指标", true, 10),
        LEVEL2("二级指标", true, 12),
        NAME("三级指标", true, 14, "三级指标名称"),
        DESCRIPTION("绩效指标描述", true, 26, "指标描述", "指标解释"),
        VALUE("指标值", true, 14, "目标值"),
        BASIS("指标值确定依据", true, 18, "指标值设定依据"),
        WEIGHT("分值", false, 7, "权重"),
        FORMULA("计算公式", false, 16, "计算方法", "计算公式/计算方法"),
        DATA_SOURCE("数据来源", false, 12),
        SCORING_STANDARD("评（扣）分标准", false, 20, "评分标准", "扣分标准");

        final String label;
        final boolean required;
        /** Column width in characters of the default font. */
        final int width;
        final List<String> aliases;

        Column(String label, boolean required, int width, String... aliases) {
            this.label = label;
            this.required = required;
            this.width = width;
            this.aliases = List.of(aliases);
        }

        boolean matches(String text) {
            String key = normalize(text);
            return key.equals(normalize(label)) || aliases.stream().anyMatch(a -> normalize(a).equals(key));
        }
    }

    /**
     * A label as compared: without any whitespace (the official table has 其中：财政    资金), full-width brackets,
     * colon and percent sign folded to their ASCII forms.
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return;
            }
            switch (c) {
                case '（' -> out.append('(');
                case '）' -> out.append(')');
                case '：' -> out.append(':');
                case '％' -> out.append('%');
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString().toLowerCase(Locale.ROOT);
    }

    static boolean isLabel(String text, String label) {
        return normalize(text).equals(normalize(label));
    }
}
