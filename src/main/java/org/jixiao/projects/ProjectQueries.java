package org.jixiao.projects;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jixiao.projects.domain.ProjectCode;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of budget projects. */
@Service
@Transactional(readOnly = true)
public class ProjectQueries {

    private final Projects projects;

    ProjectQueries(Projects projects) {
        this.projects = projects;
    }

    public Optional<ProjectView> find(ProjectId id) {
        return projects.find(id);
    }

    /** The projects with these ids, in id order; unknown ids are left out. */
    public List<ProjectView> findAll(Collection<ProjectId> ids) {
        return projects.findAll(ids);
    }

    /**
     * Every project of these units and year, ordered by unit and id: one read for a whole batch of units (two
     * queries, whatever the number of projects), for the batch checks.
     */
    public List<ProjectView> findByUnits(Collection<String> unitCodes, FiscalYear year) {
        return projects.findByUnits(unitCodes, year);
    }

    public Optional<ProjectId> findId(String unitCode, FiscalYear year, ProjectCode code) {
        return projects.findIdByCode(unitCode, year, code);
    }
}
