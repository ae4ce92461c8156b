package org.jixiao.projects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on budget projects. A project code is unique within a unit and year; a duplicate comes back as a
 * violation on {@code projectCode}.
 */
@Service
@Transactional
public class ProjectManagement {

    /** Path of the project code in goal-table documents and forms, where a duplicate is reported. */
    public static final String CODE_PATH = "projectCode";

    private final Projects projects;
    private final ProjectBulkWrites bulk;

    ProjectManagement(Projects projects, ProjectBulkWrites bulk) {
        this.projects = projects;
        this.bulk = bulk;
    }

    /**
     * A new bulk write: creations and updates checked one after another exactly as {@link #create} and
     * {@link #update} would check them in that order, written together on {@link Batch#flush()}. Use it within
     * one transaction; it is not thread-safe.
     */
    public Batch batch() {
        return new Batch();
    }

    public ProjectId create(String unitCode, FiscalYear year, ProjectContent content) {
        if (projects.findIdByCode(unitCode, year, content.code()).isPresent()) {
            throw duplicate(content);
        }
        return projects.insert(unitCode, year, content);
    }

    public void update(ProjectId id, ProjectContent content) {
        ProjectView current = projects.find(id).orElseThrow(() -> new NotFoundException("项目不存在: " + id.value()));
        projects.findIdByCode(current.unitCode(), current.year(), content.code())
                .filter(other -> !other.equals(id))
                .ifPresent(other -> {
                    throw duplicate(content);
                });
        projects.update(id, content);
    }

    /**
     * Creations and updates of projects checked in the order given, as if each were written at once (so a code
     * freed by an earlier update may be taken by a later creation, and a code taken earlier in the batch is a
     * duplicate), then written with JDBC batches on {@link #flush()}: first the updates, then the creations —
     * an order in which the database's unique codes never clash, since a creation never frees a code.
     */
    public final class Batch {

        /** Per unit-year ("unit/year"): code → project id, negative for a creation not flushed yet. */
        private final Map<String, Map<String, Long>> codes = new HashMap<>();
        /** Project id → its code in {@link #codes}, for every project of the unit-years read. */
        private final Map<Long, String> codeOf = new HashMap<>();
        private final Map<Long, ProjectBulkWrites.Current> current = new HashMap<>();
        private final List<ProjectBulkWrites.Insert> inserts = new ArrayList<>();
        private final List<ProjectBulkWrites.Update> updates = new ArrayList<>();
        private long pending;

        private Batch() {
        }

        /** Reads what {@link #update} needs to know of these projects in one query. Optional. */
        public void prefetch(Collection<ProjectId> ids) {
            List<Long> missing = ids.stream().map(ProjectId::value).filter(id -> !current.containsKey(id)).distinct()
                    .toList();
            if (!missing.isEmpty()) {
                current.putAll(bulk.current(missing));
            }
        }

        /** Checks a creation as {@link ProjectManagement#create} does and queues it. */
        public void create(String unitCode, FiscalYear year, ProjectContent content) {
            Map<String, Long> unitYear = codes(unitCode, year);
            if (unitYear.containsKey(content.code().value())) {
                throw duplicate(content);
            }
            unitYear.put(content.code().value(), --pending);
            inserts.add(new ProjectBulkWrites.Insert(unitCode, year, content));
        }

        /** Checks an update as {@link ProjectManagement#update} does and queues it. */
        public void update(ProjectId id, ProjectContent content) {
            ProjectBulkWrites.Current p = current.get(id.value());
            if (p == null) {
                prefetch(List.of(id));
                p = current.get(id.value());
                if (p == null) {
                    throw new NotFoundException("项目不存在: " + id.value());
                }
            }
            Map<String, Long> unitYear = codes(p.unitCode(), p.year());
            Long other = unitYear.get(content.code().value());
            if (other != null && other != id.value()) {
                throw duplicate(content);
            }
            String old = codeOf.get(id.value());
            if (old != null) {
                unitYear.remove(old);
            }
            unitYear.put(content.code().value(), id.value());
            codeOf.put(id.value(), content.code().value());
            updates.add(new ProjectBulkWrites.Update(id, content));
        }

        /** Writes what was queued since the last flush; the ids of the creations, in the order they were queued. */
        public List<ProjectId> flush() {
            bulk.update(updates);
            List<ProjectId> created = bulk.insert(inserts);
            updates.clear();
            inserts.clear();
            return created;
        }

        private Map<String, Long> codes(String unitCode, FiscalYear year) {
            return codes.computeIfAbsent(unitCode + "/" + year.value(), k -> {
                Map<String, Long> read = bulk.codes(unitCode, year);
                read.forEach((code, id) -> codeOf.put(id, code));
                return read;
            });
        }
    }

    private static ValidationException duplicate(ProjectContent content) {
        return new ValidationException(List.of(Violation.of("projectCode.duplicate", CODE_PATH, content.code().value())));
    }
}
