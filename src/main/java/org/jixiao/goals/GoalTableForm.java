package org.jixiao.goals;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.projects.domain.Checkpoint;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.shared.Amount;

/**
 * The edit form of a goal table (used by the goal pages and by the live checks of the edit page), bound field by field ({@code indicators[2].value}); everything is text so
 * that a wrong entry comes back to the person exactly as typed, with the message beside it.
 */
public class GoalTableForm {

    private String version;
    private String projectCode;
    private String projectName;
    private String budgetWan;
    private String fiscalWan;
    private String otherWan;
    private String purpose;
    private List<PlanPointForm> spendingPlan = new ArrayList<>();
    private List<String> goals = new ArrayList<>();
    private List<IndicatorForm> indicators = new ArrayList<>();

    public static GoalTableForm of(GoalTableView view) {
        GoalTableForm form = new GoalTableForm();
        form.version = Long.toString(view.version());
        if (view.project() != null) {
            ProjectContent p = view.project().content();
            form.projectCode = p.code().value();
            form.projectName = p.name();
            form.budgetWan = wan(p.funding().budget());
            form.fiscalWan = wan(p.funding().fiscal());
            form.otherWan = wan(p.funding().other());
            form.purpose = p.purpose();
            for (Checkpoint c : p.plan().checkpoints()) {
                form.spendingPlan.add(new PlanPointForm(Integer.toString(c.month()), c.cumulativePercent().stripTrailingZeros().toPlainString()));
            }
        }
        form.goals.addAll(view.content().goals());
        for (Indicator i : view.content().indicators()) {
            form.indicators.add(IndicatorForm.of(i));
        }
        return form;
    }

    private static String wan(Amount amount) {
        return amount == null ? null : amount.toWan().toPlainString();
    }

    /** The form as the shared input model: the same checks as the API. */
    public GoalTableInput toInput() {
        return new GoalTableInput(null, null, null, projectCode, projectName, budgetWan, fiscalWan, otherWan, purpose,
                spendingPlan.stream().map(p -> p == null ? new GoalTableInput.PlanPoint(null, null)
                        : new GoalTableInput.PlanPoint(p.getMonth(), p.getPercent())).toList(),
                goals,
                indicators.stream().map(i -> i == null ? IndicatorForm.EMPTY.toRow() : i.toRow()).toList(),
                version);
    }

    /** Adds, removes or moves a row of one of the lists; indexes out of range are ignored. */
    public void applyRowOperation(String list, String op, int index) {
        switch (list) {
            case "indicators" -> RowOperations.apply(indicators, op, index, IndicatorForm::new);
            case "goals" -> RowOperations.apply(goals, op, index, () -> "");
            case "spendingPlan" -> RowOperations.apply(spendingPlan, op, index, PlanPointForm::new);
            default -> { }
        }
    }

    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getProjectCode() { return projectCode; }
    public void setProjectCode(String projectCode) { this.projectCode = projectCode; }
    public String getProjectName() { return projectName; }
    public void setProjectName(String projectName) { this.projectName = projectName; }
    public String getBudgetWan() { return budgetWan; }
    public void setBudgetWan(String budgetWan) { this.budgetWan = budgetWan; }
    public String getFiscalWan() { return fiscalWan; }
    public void setFiscalWan(String fiscalWan) { this.fiscalWan = fiscalWan; }
    public String getOtherWan() { return otherWan; }
    public void setOtherWan(String otherWan) { this.otherWan = otherWan; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public List<PlanPointForm> getSpendingPlan() { return spendingPlan; }
    public void setSpendingPlan(List<PlanPointForm> spendingPlan) { this.spendingPlan = spendingPlan; }
    public List<String> getGoals() { return goals; }
    public void setGoals(List<String> goals) { this.goals = goals; }
    public List<IndicatorForm> getIndicators() { return indicators; }
    public void setIndicators(List<IndicatorForm> indicators) { this.indicators = indicators; }

    /** One checkpoint row. */
    public static class PlanPointForm {
        private String month;
        private String percent;

        public PlanPointForm() {
        }

        PlanPointForm(String month, String percent) {
            this.month = month;
            this.percent = percent;
        }

        public String getMonth() { return month; }
        public void setMonth(String month) { this.month = month; }
        public String getPercent() { return percent; }
        public void setPercent(String percent) { this.percent = percent; }
    }

    /** One indicator row. */
    public static class IndicatorForm {
        static final IndicatorForm EMPTY = new IndicatorForm();

        private String level1;
        private String level2;
        private String name;
        private String description;
        private String value;
        private String basis;
        private String weight;
        private String formula;
        private String dataSource;
        private String scoringStandard;

        static IndicatorForm of(Indicator i) {
            IndicatorForm f = new IndicatorForm();
            f.level1 = i.level1().original();
            f.level2 = i.level2().original();
            f.name = i.name();
            f.description = i.description();
            f.value = i.value().format();
            f.basis = i.basis();
            f.weight = i.weight() == null ? null : i.weight().stripTrailingZeros().toPlainString();
            f.formula = i.formula();
            f.dataSource = i.dataSource();
            f.scoringStandard = i.scoringStandard();
            return f;
        }

        GoalTableInput.IndicatorRow toRow() {
            return new GoalTableInput.IndicatorRow(level1, level2, name, description, value, basis, weight, formula,
                    dataSource, scoringStandard);
        }

        public String getLevel1() { return level1; }
        public void setLevel1(String level1) { this.level1 = level1; }
        public String getLevel2() { return level2; }
        public void setLevel2(String level2) { this.level2 = level2; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getBasis() { return basis; }
        public void setBasis(String basis) { this.basis = basis; }
        public String getWeight() { return weight; }
        public void setWeight(String weight) { this.weight = weight; }
        public String getFormula() { return formula; }
        public void setFormula(String formula) { this.formula = formula; }
        public String getDataSource() { return dataSource; }
        public void setDataSource(String dataSource) { this.dataSource = dataSource; }
        public String getScoringStandard() { return scoringStandard; }
        public void setScoringStandard(String scoringStandard) { this.scoringStandard = scoringStandard; }
    }
}
