/**
 * 项目库: budget projects of a unit and year — code, name, 预算数 split into 财政资金/其他资金, 资金用途 and the
 * 资金支出计划. Owns tables {@code prj_*}; publishes {@link org.jixiao.projects.ProjectQueries} and
 * {@link org.jixiao.projects.ProjectManagement}.
 */
package org.jixiao.projects;
