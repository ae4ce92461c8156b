/**
 * 财政区划 and the organization tree (财政局 / 主管部门 / 预算单位). Owns tables {@code org_*}; publishes
 * {@link org.jixiao.orgs.OrgQueries} (reads) and {@link org.jixiao.orgs.OrgManagement} (commands).
 */
package org.jixiao.orgs;
