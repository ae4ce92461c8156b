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
import org.jixiao.orgs.OrgView;
import org.jixiao.projects.ProjectManagement;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and saves goal tables. Every command validates the whole input first and writes nothing when any
 * violation remains; a save against a stale version is refused ({@link org.jixiao.shared.VersionConflictException}).
 */
@Service
@Transactional
public class GoalTableManagement {

    /** Tables checked and written together by {@link #saveAll}: bounds the memory of a bulk save. */
    static final int TABLES_PER_CHUNK = 500;

    private final GoalTables tables;
    private final GoalTableBulkWrites bulk;
    private final GoalTableInputParser parser;
    private final ProjectManagement projects;
    private final OrgQueries orgs;
    private final Clock clock;

    GoalTableManagement(GoalTables tables, GoalTableBulkWrites bulk, GoalTableInputParser parser,
                        ProjectManagement projects, OrgQueries orgs, Clock clock) {
        this.tables = tables;
        this.bulk = bulk;
        this.parser = parser;
        this.projects = projects;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** Checks an input without writing anything. @throws ValidationException listing every violation */
    @Transactional(readOnly = true)
    public void validate(GoalTableInput input) {
        parser.parse(input);
    }

    /** Creates a goal table (and, for a project table, its budget project). */
    public GoalTableId create(GoalTableInput input) {
        ParsedGoalTable parsed = parser.parse(input);
        OrgView unit = orgs.find(parsed.unitCode())
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
        return tables.insert(parsed.kind(), parsed.unitCode(), parsed.year(), projectId, parsed.content(),
                clock.instant());
    }

    /**
     * Saves a new content for the table. The input's version must be the one the editor read; kind, unit and
     * year of a table do not change.
     */
    public void update(GoalTableId id, GoalTableInput input) {
        GoalTable current = tables.find(id).orElseThrow(() -> new NotFoundException("目标表不存在: " + id.value()));
        ParsedGoalTable parsed = parser.parse(withIdentityOf(current, input));
        if (parsed.version() == null) {
            throw invalid("version.required", "version");
        }
        tables.update(id, parsed.version(), parsed.content(), clock.instant());
        current.project().ifPresent(projectId -> projects.update(projectId, parsed.project()));
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
     * {@link SaveFailedException} naming it, and the transaction rolls back (nothing is written).
     *
     * @return the id of each table, in the order given
     */
    public List<GoalTableId> saveAll(List<Save> saves) {
        BulkSave save = new BulkSave(clock.instant());
        List<GoalTableId> ids = new ArrayList<>(saves.size());
        for (int from = 0; from < saves.size(); from += TABLES_PER_CHUNK) {
            ids.addAll(save.chunk(from, saves.subList(from, Math.min(saves.size(), from + TABLES_PER_CHUNK))));
        }
        return ids;
    }

    /** The state of one {@link #saveAll}: what is known of units and unit-years so far, the projects' batch. */
    private final class BulkSave {

        private final Instant now;
        private final ProjectManagement.Batch projectBatch = projects.batch();
        private final Map<String, Optional<OrgView>> units = new HashMap<>();
        /** "unit/year" → whether it has a department table (read once, then kept up to date). */
        private final Map<String, Boolean> departments = new HashMap<>();

        BulkSave(Instant now) {
            this.now = now;
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
                        if (current == null) {
                            throw new NotFoundException("目标表不存在: " + s.id().value());
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
            bulk.deleteContents(replaced);
            List<GoalTableId> ids = new ArrayList<>(checked.size());
            List<GoalTableBulkWrites.Content> contents = new ArrayList<>(checked.size());
            int n = 0;
            for (Checked c : checked) {
                GoalTableId id = c.current() == null ? newIds.get(n++) : c.current().id();
                ids.add(id);
                contents.add(new GoalTableBulkWrites.Content(id, c.parsed().content()));
            }
            bulk.insertContents(contents);
            return ids;
        }

        /** The checks of {@link #create}, with what is known kept for the next tables. */
        private ParsedGoalTable checkCreate(GoalTableInput input) {
            ParsedGoalTable parsed = parser.parse(input);
            OrgView unit = units.computeIfAbsent(parsed.unitCode(), orgs::find)
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
