package org.jixiao.goals.domain;

import java.util.List;

/**
 * A goal table as typed by a person or sent to the API: every field still text, exactly as entered. The same
 * input comes from the edit form and from the JSON document, so both get the same checks and the same
 * violation paths ({@code budgetWan}, {@code spendingPlan[1].percent}, {@code indicators[3].name}).
 */
public record GoalTableInput(
        String kind,
        String fiscalYear,
        String unitCode,
        String projectCode,
        String projectName,
        String budgetWan,
        String fiscalWan,
        String otherWan,
        String purpose,
        List<PlanPoint> spendingPlan,
        List<String> goals,
        List<IndicatorRow> indicators,
        String version) {

    public GoalTableInput {
        spendingPlan = spendingPlan == null ? List.of() : List.copyOf(spendingPlan);
        goals = goals == null ? List.of() : goals.stream().map(g -> g == null ? "" : g).toList();
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** One checkpoint of the 资金支出计划 as entered. */
    public record PlanPoint(String month, String percent) {
    }

    /** One indicator row as entered. */
    public record IndicatorRow(String level1, String level2, String name, String description, String value,
                               String basis, String weight, String formula, String dataSource,
                               String scoringStandard) {
    }
}
