package org.jixiao.exchange;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.goals.GoalTableManagement;
import org.jixiao.orgs.OrgScope;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a confirmed import in one transaction: every table of the file is created or replaced, or — when any
 * of them fails (a version changed since the preview, a department table created meanwhile) — none is.
 * Replacing goes through {@link GoalTableManagement#update} with the version read at preview time.
 */
@Component
class ImportCommitter {

    private final GoalTableManagement management;

    ImportCommitter(GoalTableManagement management) {
        this.management = management;
    }

    @Transactional
    public List<ImportResult.Written> write(List<ImportPreviews.Planned> planned, OrgScope scope) {
        List<ImportResult.Written> written = new ArrayList<>();
        for (ImportPreviews.Planned p : planned) {
            ImportPreview.Table t = p.table();
            GoalTableInput in = p.input();
            long id;
            try {
                if (t.existingId() == null) {
                    id = management.create(in, scope).value();
                } else {
                    id = t.existingId();
                    management.update(new GoalTableId(id), new GoalTableInput(in.kind(), in.fiscalYear(), in.unitCode(),
                            in.projectCode(), in.projectName(), in.budgetWan(), in.fiscalWan(), in.otherWan(), in.purpose(),
                            in.spendingPlan(), in.goals(), in.indicators(), Long.toString(t.existingVersion())), scope);
                }
            } catch (RuntimeException e) {
                throw new Failed(t, e);
            }
            written.add(new ImportResult.Written(id, t.action(), t.sheet(), t.kind(), t.projectCode(), t.projectName()));
        }
        return written;
    }

    /** Writing one table failed; the transaction rolls back everything written before it. */
    static final class Failed extends RuntimeException {
        final transient ImportPreview.Table table;

        Failed(ImportPreview.Table table, RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
            this.table = table;
        }

        RuntimeException reason() {
            return (RuntimeException) getCause();
        }
    }
}
