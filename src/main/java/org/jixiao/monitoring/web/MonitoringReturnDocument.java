package org.jixiao.monitoring.web;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.monitoring.MonitoringReturnView;
import org.jixiao.monitoring.domain.DeviationCategory;
import org.jixiao.monitoring.domain.ExecutionAssessment;
import org.jixiao.monitoring.domain.IndicatorProgress;
import org.jixiao.monitoring.domain.Lamp;
import org.jixiao.monitoring.domain.Likelihood;
import org.jixiao.monitoring.domain.MonitoringReturnInput;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.shared.Violation;

/**
 * A 双监控 return as the API returns it; {@code PUT} reads the same shape (the read-only fields are ignored).
 * Money in 万元; choices as codes ({@code CERTAIN}, {@code FUNDING} …) with their Chinese labels beside.
 */
record MonitoringReturnDocument(long id, long version, String status, String statusLabel, String reviewStatus,
                                String submittedAt,
                                long goalTableId, String goalTableStatus, String unitCode, int fiscalYear,
                                String projectCode, String projectName, int cutOffMonth, String period, String due,
                                String rules, String budgetWan, String executedWan, String expectedAnnualWan,
                                Recorded recorded, Money money, List<Row> indicators, String lamp, List<Message> violations) {

    record Money(String lamp, String lampLabel, String explanation, Reason reason, String measure) {
    }

    /**
     * The execution records (运行监控) of the project at the cut-off month, read-only: 执行数 and the budget in force
     * (with 预算调整), in 万元; {@code differs} when the typed 执行数 is not the recorded one.
     */
    record Recorded(String executedWan, String budgetWan, int records, boolean differs) {
    }

    record Reason(String category, String categoryLabel, String text) {
    }

    record Row(int index, String level1, String level2, String name, String target, String completed,
               String expectedAnnual, String likelihood, String likelihoodLabel, String progress,
               String progressLabel, Reason reason, String measure, String lamp, String lampLabel) {
    }

    record Message(String code, String path, String message) {
    }

    static MonitoringReturnDocument of(MonitoringReturnView view, ViolationMessages messages) {
        MonitoringReturnInput in = view.input();
        List<Row> rows = new ArrayList<>();
        for (MonitoringReturnView.Row r : view.rows()) {
            MonitoringReturnInput.Row typed = r.index() < in.rows().size() ? in.rows().get(r.index())
                    : MonitoringReturnInput.Row.EMPTY;
            rows.add(new Row(r.index(), r.level1(), r.level2(), r.name(), r.target(), typed.completed(),
                    typed.expectedAnnual(), code(Likelihood.class, typed.likelihood()),
                    label(Likelihood.class, typed.likelihood()), code(IndicatorProgress.class, typed.progress()),
                    label(IndicatorProgress.class, typed.progress()),
                    reason(typed.reasonCategory(), typed.reasonText()), typed.measure(),
                    r.lamp().map(Lamp::name).orElse(null), r.lamp().map(Lamp::lampLabel).orElse(null)));
        }
        Lamp moneyLamp = view.moneyLamp();
        String projectCode = view.table().project() == null ? null : view.table().project().content().code().value();
        return new MonitoringReturnDocument(view.id().value(), view.version(), view.status().name(),
                view.status().label(), view.reviewStatus(), view.submittedAt() == null ? null : view.submittedAt().toString(),
                view.table().id().value(), view.goalTableStatus(), view.table().unitCode(), view.table().year().value(),
                projectCode, view.projectName(), view.period().cutOffMonth(), view.period().label(),
                view.due().map(Object::toString).orElse(null), view.rulesName(),
                view.budget() == null ? null : view.budget().toWan().toPlainString(), in.executedWan(),
                in.expectedAnnualWan(),
                view.recorded().map(r -> new Recorded(r.executedWan(), r.budgetWan(), r.records(),
                        view.executedDiffersFromRecords())).orElse(null),
                new Money(view.money().isPresent() ? moneyLamp.name() : null,
                        view.money().isPresent() ? moneyLamp.lampLabel() : null,
                        view.money().map(ExecutionAssessment::render).orElse(null),
                        reason(in.moneyCategory(), in.moneyReason()), in.moneyMeasure()),
                rows, view.overallLamp().name(),
                view.violations().stream().map(v -> message(v, messages)).toList());
    }

    private static Message message(Violation v, ViolationMessages messages) {
        return new Message(v.code(), v.path(), messages.message(v));
    }

    private static Reason reason(String category, String text) {
        return new Reason(code(DeviationCategory.class, category), label(DeviationCategory.class, category), text);
    }

    /** The code of a choice typed as code or label; what cannot be read is returned as typed. */
    private static <E extends Enum<E>> String code(Class<E> type, String typed) {
        E value = find(type, typed);
        return value == null ? typed : value.name();
    }

    private static <E extends Enum<E>> String label(Class<E> type, String typed) {
        E value = find(type, typed);
        return value == null ? null : MonitoringReturnInput.label(value);
    }

    private static <E extends Enum<E>> E find(Class<E> type, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(typed.strip()) || MonitoringReturnInput.label(value).equals(typed.strip())) {
                return value;
            }
        }
        return null;
    }
}
