package org.jixiao.monitoring;

import java.time.Instant;

import org.jixiao.monitoring.domain.MonitoringReturnId;
import org.jixiao.monitoring.domain.MonitoringReturnStatus;
import org.jixiao.orgs.domain.Actor;
import org.springframework.stereotype.Component;

/** 报送 as a state of the return ({@code mon_return.status}), under the return's optimistic lock. */
@Component
class LocalReturnSubmission implements ReturnSubmission {

    private final MonitoringReturns returns;

    LocalReturnSubmission(MonitoringReturns returns) {
        this.returns = returns;
    }

    @Override
    public void submit(MonitoringReturnId id, long expectedVersion, Actor actor, Instant now) {
        returns.changeStatus(id, MonitoringReturnStatus.SUBMITTED, expectedVersion, now);
    }

    @Override
    public void withdraw(MonitoringReturnId id, long expectedVersion, Actor actor, Instant now) {
        returns.changeStatus(id, MonitoringReturnStatus.DRAFT, expectedVersion, now);
    }

    @Override
    public MonitoringReturnStatus status(MonitoringReturnId id) {
        return returns.find(id).map(StoredReturn::status).orElse(MonitoringReturnStatus.DRAFT);
    }
}
