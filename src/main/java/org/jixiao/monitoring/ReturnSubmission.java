package org.jixiao.monitoring;

import java.time.Instant;

import org.jixiao.monitoring.domain.MonitoringReturnId;
import org.jixiao.monitoring.domain.MonitoringReturnStatus;
import org.jixiao.orgs.domain.Actor;

/**
 * How a complete return leaves the unit (报送) and comes back (撤回). Behind an interface so that the return can
 * move to the review workflow ({@code review}) without its callers changing; {@link LocalReturnSubmission} keeps the
 * state in the return itself (草稿 → 已报送).
 */
interface ReturnSubmission {

    /** 报送: the return becomes read-only. @throws org.jixiao.shared.VersionConflictException when changed since read */
    void submit(MonitoringReturnId id, long expectedVersion, Actor actor, Instant now);

    /** 撤回: back to 草稿. @throws org.jixiao.shared.VersionConflictException when changed since read */
    void withdraw(MonitoringReturnId id, long expectedVersion, Actor actor, Instant now);

    /** The state now. */
    MonitoringReturnStatus status(MonitoringReturnId id);
}
