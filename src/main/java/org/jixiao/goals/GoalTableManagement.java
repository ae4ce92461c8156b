package org.jixiao.goals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
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

    /** Tables checked and written together by {@link #saveAll}: bounds the memory of a bulk save. */
    static final int TABLES_PER_CHUNK = 500;

    private final GoalTables tables;
    private final GoalTableBulkWrites bulk;
    private final GoalTableInputParser parser;
    private final ProjectManagement projects;
    private final ProjectQueries projectQueries;
    private final OrgQueries orgs;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    GoalTableManagement(GoalTables tables, GoalTableBulkWrites bulk, GoalTableInputParser parser,
                        ProjectManagement projects, ProjectQueries projectQueries, OrgQueries orgs, Clock clock,
                        ApplicationEventPublisher events) {
        this.tables = tables;
        this.bulk = bulk;
        this.parser = parser;
        this.projects = projects;
        this.projectQueries = projectQueries;
        this.orgs = orgs;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Checks an input without writing anything.
     *
     * @return the input as read, for callers that go on with it (an import preview checks it next)
     * @throws ValidationException listing every violation
     */
    @Transactional(readOnly = true)
    public ParsedGoalTable validate(GoalTableInput input) {
        return parser.parse(input);
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

    /** One table of {@link #saveAll}: a new table ({@code id} null) or a new content for table {@code id}. */
    public record Save(GoalTableId id, GoalTableInput input) {

        public Save {
            Objects.requireNonNull(input, "input");
        }

        /** As {@link #create}. */
        public static Save create(GoalTableInput input) {
            return new Save(null, input);
        }

        /** As {@link #update}: the input's version must be the one read. */
        public static Save replace(GoalTableId id, GoalTableInput input) {
            return new Save(Objects.requireNonNull(id, "id"), input);
        }
    }

    /**
     * {@link #saveAll} refused the table at {@link #index()} for {@link #reason()} — the exception {@link #create}
     * or {@link #update} would have thrown for it; the transaction rolls back.
     */
    public static final class SaveFailedException extends RuntimeException {

        private final int index;

        SaveFailedException(int index, RuntimeException reason) {
            super("table " + index + ": " + reason.getMessage(), reason, false, false);
            this.index = index;
        }

        /** Position of the refused table in the list given. */
        public int index() {
            return index;
        }

        /** What {@link #create} or {@link #update} would have thrown for it. */
        public RuntimeException reason() {
            return (RuntimeException) getCause();
        }
    }

    /**
     * Creates and replaces many tables in one transaction, with the same checks and the same result as calling
     * {@link #create} and {@link #update} for each in the order given, but written with JDBC batches,
     * {@value #TABLES_PER_CHUNK} tables at a time. On the first table that one-by-one saving would refuse, throws
     * {@link SaveFailedException} naming it, and the transaction rolls back (nothing is written). Units and
     * tables outside the scope are refused as unknown, locked tables as in {@link #update}.
     *
     * <p>Publishes one {@link GoalTablesChanged} per chunk (not a {@link GoalTableChanged} per table), so that
     * listeners such as the audit trail can write in batches too.
     *
     * @return the id of each table, in the order given
     */
    public List<GoalTableId> saveAll(List<Save> saves, OrgScope scope) {
        BulkSave save = new BulkSave(clock.instant(), scope);
        List<GoalTableId> ids = new ArrayList<>(saves.size());
        for (int from = 0; from < saves.size(); from += TABLES_PER_CHUNK) {
            ids.addAll(save.chunk(from, saves.subList(from, Math.min(saves.size(), from + TABLES_PER_CHUNK))));
        }
        return ids;
    }

    /** The state of one {@link #saveAll}: what is known of units and unit-years so far, the projects' batch. */
    private final class BulkSave {

        private final Instant now;
        private final OrgScope scope;
        private final ProjectManagement.Batch projectBatch = projects.batch();
        private final Map<String, Optional<OrgView>> units = new HashMap<>();
        /** "unit/year" → whether it has a department table (read once, then kept up to date). */
        private final Map<String, Boolean> departments = new HashMap<>();

        BulkSave(Instant now, OrgScope scope) {
            this.now = now;
            this.scope = scope;
        }

        /** A table checked: its id (null until inserted), the stored header of a replacement, the parsed input. */
        private record Checked(int index, GoalTableBulkWrites.Header current, ParsedGoalTable parsed) {
        }

        List<GoalTableId> chunk(int offset, List<Save> saves) {
            List<Long> replaced = saves.stream().map(Save::id).filter(Objects::nonNull).map(GoalTableId::value)
                    .distinct().toList();
            Map<Long, GoalTableBulkWrites.Header> headers = replaced.isEmpty() ? Map.of() : bulk.headers(replaced);
            projectBatch.prefetch(headers.values().stream().map(GoalTableBulkWrites.Header::projectId)
                    .filter(Objects::nonNull).toList());

            // the checks of create/update in order, up to the first refusal; the version checks come after them
            List<Checked> checked = new ArrayList<>(saves.size());
            List<GoalTableBulkWrites.VersionCheck> versionChecks = new ArrayList<>();
            List<Integer> versionChecked = new ArrayList<>();
            int failedAt = -1;
            RuntimeException failure = null;
            for (int i = 0; i < saves.size() && failedAt < 0; i++) {
                Save s = saves.get(i);
                try {
                    if (s.id() == null) {
                        checked.add(new Checked(i, null, checkCreate(s.input())));
                    } else {
                        GoalTableBulkWrites.Header current = headers.get(s.id().value());
                        if (current == null || !scope.contains(current.unitCode())) {
                            throw new NotFoundException("目标表不存在: " + s.id().value());
                        }
                        if (current.locked()) {
                            throw new RecordLockedException(LOCKED_MESSAGE);
                        }
                        ParsedGoalTable parsed = parser.parse(withIdentityOf(current.kind(), current.unitCode(),
                                current.year(), s.input()));
                        if (parsed.version() == null) {
                            throw invalid("version.required", "version");
                        }
                        // update() checks the version here, before the project
                        versionChecks.add(new GoalTableBulkWrites.VersionCheck(current.id(), parsed.version()));
                        versionChecked.add(i);
                        if (current.projectId() != null) {
                            projectBatch.update(current.projectId(), parsed.project());
                        }
                        checked.add(new Checked(i, current, parsed));
                    }
                } catch (RuntimeException e) {
                    failedAt = i;
                    failure = e;
                }
            }
            // what the replaced tables were, for the event, read before anything changes
            Map<Long, GoalTableChanged.State> before = new HashMap<>();
            if (failure == null) {
                for (Checked c : checked) {
                    if (c.current() != null) {
                        GoalTable was = tables.find(c.current().id()).orElseThrow();
                        before.put(was.id().value(), new GoalTableChanged.State(was,
                                was.project().flatMap(projectQueries::find).map(ProjectView::content).orElse(null)));
                    }
                }
            }
            int[] counts = bulk.bumpVersions(versionChecks, now);
            for (int k = 0; k < counts.length; k++) {
                int i = versionChecked.get(k);
                if (counts[k] == 0 && (failedAt < 0 || i <= failedAt)) {
                    GoalTableBulkWrites.VersionCheck c = versionChecks.get(k);
                    long current = tables.currentVersion(c.id()).orElse(-1L);
                    throw new SaveFailedException(offset + i,
                            new VersionConflictException("goal table " + c.id().value(), c.expectedVersion(), current));
                }
            }
            if (failure != null) {
                throw new SaveFailedException(offset + failedAt, failure);
            }

            // all checked: write the chunk
            List<ProjectId> newProjects = projectBatch.flush();
            List<GoalTableBulkWrites.NewHeader> newHeaders = new ArrayList<>();
            int p = 0;
            for (Checked c : checked) {
                if (c.current() == null) {
                    ParsedGoalTable t = c.parsed();
                    newHeaders.add(new GoalTableBulkWrites.NewHeader(t.kind(), t.unitCode(), t.year(),
                            t.kind() == GoalTableKind.DEPARTMENT ? null : newProjects.get(p++)));
                }
            }
            List<GoalTableId> newIds = bulk.insertHeaders(newHeaders, now);
            List<ProjectId> newProjectOfTable = new ArrayList<>();
            for (GoalTableBulkWrites.NewHeader h : newHeaders) {
                newProjectOfTable.add(h.projectId());
            }
            bulk.deleteContents(replaced);
            List<GoalTableId> ids = new ArrayList<>(checked.size());
            List<GoalTableBulkWrites.Content> contents = new ArrayList<>(checked.size());
            List<GoalTableChanged> changes = new ArrayList<>(checked.size());
            int n = 0;
            for (Checked c : checked) {
                ParsedGoalTable t = c.parsed();
                GoalTable saved;
                GoalTableChanged.State was = null;
                if (c.current() == null) {
                    GoalTableId id = newIds.get(n);
                    saved = new GoalTable(id, t.kind(), t.unitCode(), t.year(), newProjectOfTable.get(n), t.content(), 0);
                    n++;
                } else {
                    GoalTableBulkWrites.Header h = c.current();
                    saved = new GoalTable(h.id(), h.kind(), h.unitCode(), h.year(), h.projectId(), t.content(),
                            t.version() + 1);
                    was = before.get(h.id().value());
                }
                ids.add(saved.id());
                contents.add(new GoalTableBulkWrites.Content(saved.id(), t.content()));
                changes.add(new GoalTableChanged(saved.id(), saved.unitCode(), was,
                        new GoalTableChanged.State(saved, saved.projectId() == null ? null : t.project())));
            }
            bulk.insertContents(contents);
            events.publishEvent(new GoalTablesChanged(changes));
            return ids;
        }

        /** The checks of {@link #create}, with what is known kept for the next tables. */
        private ParsedGoalTable checkCreate(GoalTableInput input) {
            ParsedGoalTable parsed = parser.parse(input);
            OrgView unit = units.computeIfAbsent(parsed.unitCode(), code -> orgs.find(code, scope))
                    .orElseThrow(() -> invalid("unitCode.unknown", "unitCode", parsed.unitCode()));
            if (!unit.isBudgetUnit()) {
                throw invalid("unitCode.notBudgetUnit", "unitCode", parsed.unitCode());
            }
            if (parsed.kind() == GoalTableKind.DEPARTMENT) {
                String key = parsed.unitCode() + "/" + parsed.year().value();
                if (departments.computeIfAbsent(key, k -> tables.departmentTableExists(parsed.unitCode(), parsed.year()))) {
                    throw invalid("kind.departmentExists", "kind", parsed.year().value());
                }
                departments.put(key, true);
            } else {
                projectBatch.create(parsed.unitCode(), parsed.year(), parsed.project());
            }
            return parsed;
        }
    }

    /** Kind, unit and year come from the stored table: a document sent without them still saves. */
    private static GoalTableInput withIdentityOf(GoalTable current, GoalTableInput input) {
        return withIdentityOf(current.kind(), current.unitCode(), current.year(), input);
    }

    private static GoalTableInput withIdentityOf(GoalTableKind kind, String unitCode, FiscalYear year,
                                                 GoalTableInput input) {
        requireSameOrBlank(input.unitCode(), unitCode, "unitCode");
        requireSameOrBlank(input.fiscalYear(), Integer.toString(year.value()), "fiscalYear");
        if (input.kind() != null && !input.kind().isBlank() && !input.kind().strip().equalsIgnoreCase(kind.name())) {
            throw invalid("immutable", "kind");
        }
        return new GoalTableInput(kind.name(), Integer.toString(year.value()), unitCode,
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
