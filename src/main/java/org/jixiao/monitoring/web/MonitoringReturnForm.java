package org.jixiao.monitoring.web;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.monitoring.domain.MonitoringReturnInput;

/**
 * The return form, bound field by field ({@code rows[2].completed}); everything is text so that a wrong entry comes
 * back exactly as typed, with the message beside it.
 */
public class MonitoringReturnForm {

    private String version;
    private String executedWan;
    private String expectedAnnualWan;
    private String moneyCategory;
    private String moneyReason;
    private String moneyMeasure;
    private List<RowForm> rows = new ArrayList<>();

    static MonitoringReturnForm of(MonitoringReturnInput input) {
        MonitoringReturnForm form = new MonitoringReturnForm();
        form.version = input.version() == null ? "" : input.version().toString();
        form.executedWan = input.executedWan();
        form.expectedAnnualWan = input.expectedAnnualWan();
        form.moneyCategory = input.moneyCategory();
        form.moneyReason = input.moneyReason();
        form.moneyMeasure = input.moneyMeasure();
        for (MonitoringReturnInput.Row r : input.rows()) {
            RowForm row = new RowForm();
            row.completed = r.completed();
            row.expectedAnnual = r.expectedAnnual();
            row.likelihood = r.likelihood();
            row.progress = r.progress();
            row.reasonCategory = r.reasonCategory();
            row.reasonText = r.reasonText();
            row.measure = r.measure();
            form.rows.add(row);
        }
        return form;
    }

    MonitoringReturnInput toInput() {
        Long v;
        try {
            v = version == null || version.isBlank() ? null : Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            v = -1L;
        }
        return new MonitoringReturnInput(v, executedWan, expectedAnnualWan, moneyCategory, moneyReason, moneyMeasure,
                rows.stream().map(r -> r == null ? MonitoringReturnInput.Row.EMPTY
                        : new MonitoringReturnInput.Row(r.completed, r.expectedAnnual, r.likelihood, r.progress,
                        r.reasonCategory, r.reasonText, r.measure)).toList());
    }

    /** The row at {@code i}, empty when the form has fewer. */
    public RowForm row(int i) {
        return i < rows.size() && rows.get(i) != null ? rows.get(i) : new RowForm();
    }

    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getExecutedWan() { return executedWan; }
    public void setExecutedWan(String executedWan) { this.executedWan = executedWan; }
    public String getExpectedAnnualWan() { return expectedAnnualWan; }
    public void setExpectedAnnualWan(String expectedAnnualWan) { this.expectedAnnualWan = expectedAnnualWan; }
    public String getMoneyCategory() { return moneyCategory; }
    public void setMoneyCategory(String moneyCategory) { this.moneyCategory = moneyCategory; }
    public String getMoneyReason() { return moneyReason; }
    public void setMoneyReason(String moneyReason) { this.moneyReason = moneyReason; }
    public String getMoneyMeasure() { return moneyMeasure; }
    public void setMoneyMeasure(String moneyMeasure) { this.moneyMeasure = moneyMeasure; }
    public List<RowForm> getRows() { return rows; }
    public void setRows(List<RowForm> rows) { this.rows = rows; }

    /** One indicator row of the form. */
    public static class RowForm {
        private String completed;
        private String expectedAnnual;
        private String likelihood;
        private String progress;
        private String reasonCategory;
        private String reasonText;
        private String measure;

        public String getCompleted() { return completed; }
        public void setCompleted(String completed) { this.completed = completed; }
        public String getExpectedAnnual() { return expectedAnnual; }
        public void setExpectedAnnual(String expectedAnnual) { this.expectedAnnual = expectedAnnual; }
        public String getLikelihood() { return likelihood; }
        public void setLikelihood(String likelihood) { this.likelihood = likelihood; }
        public String getProgress() { return progress; }
        public void setProgress(String progress) { this.progress = progress; }
        public String getReasonCategory() { return reasonCategory; }
        public void setReasonCategory(String reasonCategory) { this.reasonCategory = reasonCategory; }
        public String getReasonText() { return reasonText; }
        public void setReasonText(String reasonText) { this.reasonText = reasonText; }
        public String getMeasure() { return measure; }
        public void setMeasure(String measure) { this.measure = measure; }
    }
}
