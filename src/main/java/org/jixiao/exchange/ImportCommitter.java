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
 * Everything goes through {@link GoalTableManagement#saveAll} (the checks of create/update, written in JDBC
 * batches); a replacement carries the version read at preview time.
 */
@Component
class ImportCommitter {

    private final GoalTableManagement management;

    ImportCommitter(GoalTableManagement management) {
        this.management = management;
    }

    @Transactional
    public List<ImportResult.Written> write(List<ImportPreviews.Planned> planned, OrgScope scope) {
        List<GoalTableManagement.Save> saves = new ArrayList<>(planned.size());
        for (ImportPreviews.Planned p : planned) {
            ImportPreview.Table t = p.table();
            GoalTableInput in = p.input();
            saves.add(t.existingId() == null ? GoalTableManagement.Save.create(in)
                    : GoalTableManagement.Save.replace(new GoalTableId(t.existingId()), new GoalTableInput(in.kind(),
                            in.fiscalYear(), in.unitCode(), in.projectCode(), in.projectName(), in.budgetWan(),
                            in.fiscalWan(), in.otherWan(), in.purpose(), in.spendingPlan(), in.goals(), in.indicators(),
                            Long.toString(t.existingVersion()))));
        }
        List<GoalTableId> ids;
        try {
            ids = management.saveAll(saves, scope);
        } catch (GoalTableManagement.SaveFailedException e) {
            throw new Failed(planned.get(e.index()).table(), e.reason());
        }
        List<ImportResult.Written> written = new ArrayList<>(planned.size());
        for (int i = 0; i < planned.size(); i++) {
            ImportPreview.Table t = planned.get(i).table();
            written.add(new ImportResult.Written(ids.get(i).value(), t.action(), t.sheet(), t.kind(), t.projectCode(),
                    t.projectName()));
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
