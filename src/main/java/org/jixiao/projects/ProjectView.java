package org.jixiao.projects;

import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.FiscalYear;

/** A budget project as read by other modules. */
public record ProjectView(ProjectId id, String unitCode, FiscalYear year, ProjectContent content, long version) {
}
