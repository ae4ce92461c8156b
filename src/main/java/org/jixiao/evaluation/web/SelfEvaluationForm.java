package org.jixiao.evaluation.web;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.evaluation.domain.SelfEvaluationInput;

/**
 * The self-evaluation form, bound field by field ({@code rows[2].actual}); everything is text so that a wrong entry
 * comes back exactly as typed, with the message beside it. The reviewer's deduction travels in hidden fields.
 */
public class SelfEvaluationForm {

    private String version;
    private String budgetWan;
    private String executedWan;
    private String executionReason;
    private List<RowForm> rows = new ArrayList<>();

    static SelfEvaluationForm of(SelfEvaluationInput input) {
        SelfEvaluationForm form = new SelfEvaluationForm();
        form.version = input.version() == null ? "" : input.version().toString();
        form.budgetWan = input.budgetWan();
        form.executedWan = input.executedWan();
        form.executionReason = input.executionReason();
        for (SelfEvaluationInput.Row r : input.rows()) {
            RowForm row = new RowForm();
            row.actual = r.actual();
            row.band = r.band();
            row.score = r.score();
            row.notApplicable = r.notApplicable();
            row.deviationReason = r.deviationReason();
            row.deduction = r.deduction();
            row.deductionReason = r.deductionReason();
            form.rows.add(row);
        }
        return form;
    }

    SelfEvaluationInput toInput() {
        Long v = null;
        try {
            v = version == null || version.isBlank() ? null : Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            v = -1L;
        }
        return new SelfEvaluationInput(v, budgetWan, executedWan, executionReason, rows.stream()
                .map(r -> r == null ? SelfEvaluationInput.Row.empty()
                        : new SelfEvaluationInput.Row(r.actual, r.band, r.score, r.notApplicable, r.deviationReason,
                        r.deduction, r.deductionReason))
                .toList());
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getBudgetWan() {
        return budgetWan;
    }

    public void setBudgetWan(String budgetWan) {
        this.budgetWan = budgetWan;
    }

    public String getExecutedWan() {
        return executedWan;
    }

    public void setExecutedWan(String executedWan) {
        this.executedWan = executedWan;
    }

    public String getExecutionReason() {
        return executionReason;
    }

    public void setExecutionReason(String executionReason) {
        this.executionReason = executionReason;
    }

    public List<RowForm> getRows() {
        return rows;
    }

    public void setRows(List<RowForm> rows) {
        this.rows = rows;
    }

    /** One indicator row of the form. */
    public static class RowForm {
        private String actual;
        private String band;
        private String score;
        private boolean notApplicable;
        private String deviationReason;
        private String deduction;
        private String deductionReason;

        public String getActual() {
            return actual;
        }

        public void setActual(String actual) {
            this.actual = actual;
        }

        public String getBand() {
            return band;
        }

        public void setBand(String band) {
            this.band = band;
        }

        public String getScore() {
            return score;
        }

        public void setScore(String score) {
            this.score = score;
        }

        public boolean isNotApplicable() {
            return notApplicable;
        }

        public void setNotApplicable(boolean notApplicable) {
            this.notApplicable = notApplicable;
        }

        public String getDeviationReason() {
            return deviationReason;
        }

        public void setDeviationReason(String deviationReason) {
            this.deviationReason = deviationReason;
        }

        public String getDeduction() {
            return deduction;
        }

        public void setDeduction(String deduction) {
            this.deduction = deduction;
        }

        public String getDeductionReason() {
            return deductionReason;
        }

        public void setDeductionReason(String deductionReason) {
            this.deductionReason = deductionReason;
        }
    }
}
