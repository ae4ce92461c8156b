/**
 * 修改记录 (audit trail): every create and save of a goal table and every step of its review (送审, 撤回, 通过, 退回,
 * 调整) is recorded — who, when, from which address, what, and field by field before and after — in the same
 * transaction as the change itself. Append-only: owns table {@code aud_event}, which is only ever inserted into
 * and read. Publishes {@link org.jixiao.audit.AuditQueries}; the page {@code /goal-tables/{id}/history} and
 * {@code GET /api/v1/goal-tables/{id}/history} show a table's history (docs/audit.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "修改记录")
package org.jixiao.audit;
