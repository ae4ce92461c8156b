package org.jixiao.checks;

import java.util.List;

import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Severity;
import org.jixiao.goals.GoalTableView;

/**
 * The check result of one saved goal table: the findings to show, and those a reviewer has kept with a reason
 * (hidden until the content they judged changes).
 */
public record TableCheck(GoalTableView table, String configVersion, List<Finding> findings, List<KeptFinding> kept) {

    /** A finding marked 已复核，保留 and the reviewer's reason. */
    public record KeptFinding(Finding finding, String reason) {
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether an ERROR blocks submission. */
    public boolean blocksSubmission() {
        return count(Severity.ERROR) > 0;
    }
}
