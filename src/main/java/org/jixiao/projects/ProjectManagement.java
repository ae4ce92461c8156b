package org.jixiao.projects;

import java.util.List;

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

    ProjectManagement(Projects projects) {
        this.projects = projects;
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

    private static ValidationException duplicate(ProjectContent content) {
        return new ValidationException(List.of(Violation.of("projectCode.duplicate", CODE_PATH, content.code().value())));
    }
}
