package org.jixiao.goals;

import java.time.Clock;
import java.util.List;

import org.jixiao.goals.domain.GoalTable;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.projects.ProjectManagement;
import org.jixiao.projects.ProjectQueries;
import org.jixiao.projects.ProjectView;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and saves goal tables. Every command validates the whole input first and writes nothing when any
 * violation remains; a save against a stale version is refused ({@link org.jixiao.shared.VersionConflictException}).
 * Every create and save publishes a {@link GoalTableChanged} in the same transaction.
 */
@Service
@Transactional
public class GoalTableManagement {

    /** Why a locked table cannot be saved. */
    public static final String LOCKED_MESSAGE = "已送审或已批复的目标表不能修改；如需修改请先撤回或申请调整";

    private final GoalTables tables;
    private final GoalTableInputParser parser;
    private final ProjectManagement projects;
    private final ProjectQueries projectQueries;
    private final OrgQueries orgs;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    GoalTableManagement(GoalTables tables, GoalTableInputParser parser, ProjectManagement projects,
                        ProjectQueries projectQueries, OrgQueries orgs, Clock clock, ApplicationEventPublisher events) {
        this.tables = tables;
        this.parser = parser;
        this.projects = projects;
        this.projectQueries = projectQueries;
        this.orgs = orgs;
        this.clock = clock;
        this.events = events;
    }

    /** Checks an input without writing anything. @throws ValidationException listing every violation */
    @Transactional(readOnly = true)
    public void validate(GoalTableInput input) {
        parser.parse(input);
    }

    /**
     * Creates a goal table (and, for a project table, its budget project) for a unit inside the scope; a unit
     * outside it is refused as unknown.
     */
    public GoalTableId create(GoalTableInput input, OrgScope scope) {
        ParsedGoalTable parsed = parser.parse(input);
        OrgView unit = orgs.find(parsed.unitCode(), scope)
                .orElseThrow(() -> invalid("unitCode.unknown", "unitCode", parsed.unitCode()));
        if (!unit.isBudgetUnit()) {
            throw invalid("unitCode.notBudgetUnit", "unitCode", parsed.unitCode());
        }
        ProjectId projectId = null;
        if (parsed.kind() == GoalTableKind.DEPARTMENT) {
            if (tables.departmentTableExists(parsed.unitCode(), parsed.year())) {
                throw invalid("kind.departmentExists", "kind", parsed.year().value());
            }
        } else {
            projectId = projects.create(parsed.unitCode(), parsed.year(), parsed.project());
        }
        GoalTableId id = tables.insert(parsed.kind(), parsed.unitCode(), parsed.year(), projectId, parsed.content(),
                clock.instant());
        GoalTable created = new GoalTable(id, parsed.kind(), parsed.unitCode(), parsed.year(), projectId,
                parsed.content(), 0);
        events.publishEvent(new GoalTableChanged(id, parsed.unitCode(), null,
                new GoalTableChanged.State(created, projectId == null ? null : parsed.project())));
        return id;
    }

    /**
     * Saves a new content for the table. The input's version must be the one the editor read; kind, unit and
     * year of a table do not change.
     */
    public void update(GoalTableId id, GoalTableInput input, OrgScope scope) {
        GoalTable current = tables.find(id).filter(t -> scope.contains(t.unitCode())).orElseThrow(() -> new NotFoundException("目标表不存在: " + id.value()));
        if (tables.isLocked(id)) {
            throw new RecordLockedException(LOCKED_MESSAGE);
        }
        ParsedGoalTable parsed = parser.parse(withIdentityOf(current, input));
        if (parsed.version() == null) {
            throw invalid("version.required", "version");
        }
        ProjectContent projectBefore = current.project().flatMap(projectQueries::find).map(ProjectView::content)
                .orElse(null);
        tables.update(id, parsed.version(), parsed.content(), clock.instant());
        current.project().ifPresent(projectId -> projects.update(projectId, parsed.project()));
        GoalTable saved = new GoalTable(id, current.kind(), current.unitCode(), current.year(), current.projectId(),
                parsed.content(), parsed.version() + 1);
        events.publishEvent(new GoalTableChanged(id, current.unitCode(), new GoalTableChanged.State(current, projectBefore),
                new GoalTableChanged.State(saved, current.projectId() == null ? null : parsed.project())));
    }

    /**
     * Makes the table read-only (送审). Called by the workflow inside its own transaction; goals does not know the
     * workflow, only the flag. Does not change the table's version.
     */
    public void lock(GoalTableId id) {
        requireExists(id);
        tables.setLocked(id, true);
    }

    /** Makes the table editable again (撤回, 退回, 调整). */
    public void unlock(GoalTableId id) {
        requireExists(id);
        tables.setLocked(id, false);
    }

    private void requireExists(GoalTableId id) {
        if (tables.currentVersion(id).isEmpty()) {
            throw new NotFoundException("目标表 " + id.value() + " 不存在");
        }
    }

    /** Kind, unit and year come from the stored table: a document sent without them still saves. */
    private static GoalTableInput withIdentityOf(GoalTable current, GoalTableInput input) {
        requireSameOrBlank(input.unitCode(), current.unitCode(), "unitCode");
        requireSameOrBlank(input.fiscalYear(), Integer.toString(current.year().value()), "fiscalYear");
        if (input.kind() != null && !input.kind().isBlank() && !input.kind().strip().equalsIgnoreCase(current.kind().name())) {
            throw invalid("immutable", "kind");
        }
        return new GoalTableInput(current.kind().name(), Integer.toString(current.year().value()), current.unitCode(),
                input.projectCode(), input.projectName(), input.budgetWan(), input.fiscalWan(), input.otherWan(),
                input.purpose(), input.spendingPlan(), input.goals(), input.indicators(), input.version());
    }

    private static void requireSameOrBlank(String given, String stored, String path) {
        if (given != null && !given.isBlank() && !given.strip().equals(stored)) {
            throw invalid("immutable", path);
        }
    }

    private static ValidationException invalid(String code, String path, Object... args) {
        return new ValidationException(List.of(Violation.of(code, path, args)));
    }
}
