package org.jixiao.checks;

import java.time.Clock;
import java.util.List;

import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Fingerprints;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.OrgScope;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.TextLimits;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a reviewer's decision to keep a finding (已复核，保留) with a reason. */
@Service
@Transactional
public class CheckManagement {

    private final CheckQueries checks;
    private final GoalTableQueries goals;
    private final Acknowledgements acknowledgements;
    private final Clock clock;

    CheckManagement(CheckQueries checks, GoalTableQueries goals, Acknowledgements acknowledgements, Clock clock) {
        this.checks = checks;
        this.goals = goals;
        this.acknowledgements = acknowledgements;
        this.clock = clock;
    }

    /**
     * Keeps the current finding of {@code rule} at {@code row}/{@code field} of the saved table. Refused when the
     * reason is empty or too long, or when no such finding is shown now.
     */
    public void keep(GoalTableId id, RuleId rule, Integer row, String field, String reason, OrgScope scope) {
        TableCheck current = checks.check(id, scope); // outside the scope: not found, before any validation
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new ValidationException(List.of(Violation.of("acknowledgement.reason.required", "reason")));
        }
        if (TextLimits.length(text) > TextLimits.MAX_FIELD_LENGTH) {
            throw new ValidationException(List.of(Violation.of("text.tooLong", "reason", TextLimits.MAX_FIELD_LENGTH,
                    TextLimits.length(text))));
        }
        Finding finding = current.findings().stream()
                .filter(f -> f.rule() == rule && java.util.Objects.equals(f.location().row(), row)
                        && java.util.Objects.equals(f.location().field(), field))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("该处当前没有“" + rule.title() + "”的审核提示"));
        GoalTableView view = goals.find(id, scope).orElseThrow();
        CheckedTable table = CheckQueries.checked(view);
        String fingerprint = Fingerprints.of(table, finding);
        if (!acknowledgements.exists(id, rule, fingerprint)) {
            acknowledgements.insert(id, rule, row, field, fingerprint, text, clock.instant());
        }
    }
}
