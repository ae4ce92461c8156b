package org.jixiao.goals.web;

import java.util.List;

import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.shared.Amount;
import org.springframework.stereotype.Component;

/** Maps a goal table to its REST document. */
@Component
class GoalTableDocuments {

    private final IndicatorNotices notices;

    GoalTableDocuments(IndicatorNotices notices) {
        this.notices = notices;
    }

    GoalTableDocument toDocument(GoalTableView view) {
        ProjectContent p = view.project() == null ? null : view.project().content();
        List<GoalTableDocument.PlanPoint> plan = p == null ? List.of() : p.plan().checkpoints().stream()
                .map(c -> new GoalTableDocument.PlanPoint(c.month(), plain(c.cumulativePercent())))
                .toList();
        List<Indicator> rows = view.content().indicators();
        return new GoalTableDocument(view.id().value(), view.version(), view.kind().name(), view.year().value(),
                view.unitCode(), view.unitName(),
                p == null ? null : p.code().value(), p == null ? null : p.name(),
                p == null ? null : wan(p.funding().budget()), p == null ? null : wan(p.funding().fiscal()),
                p == null ? null : wan(p.funding().other()), p == null ? null : p.purpose(), plan,
                view.content().goals(), rows.stream().map(GoalTableDocuments::indicator).toList(), notices.of(rows));
    }

    /** 30 for 30.00, and never 3E+1. */
    private static java.math.BigDecimal plain(java.math.BigDecimal percent) {
        return new java.math.BigDecimal(percent.stripTrailingZeros().toPlainString());
    }

    private static GoalTableDocument.IndicatorDocument indicator(Indicator i) {
        return new GoalTableDocument.IndicatorDocument(emptyToNull(i.level1().original()),
                emptyToNull(i.level2().original()), i.name(), i.description(), emptyToNull(i.value().format()), i.basis(),
                i.weight(), i.formula(), i.dataSource(), i.scoringStandard(),
                i.level1().known() ? i.level1().category().name() : null,
                i.level2().known() ? i.level2().category().name() : null,
                ParsedValueDocument.of(i));
    }

    private static java.math.BigDecimal wan(Amount amount) {
        return amount == null ? null : amount.toWan();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
