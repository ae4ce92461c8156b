package org.jixiao.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.DataScope;
import org.jixiao.orgs.domain.Role;

/** Actors and cases shared by the review tests. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    static final ReviewSubject TABLE = ReviewSubject.goalTable(42);
    static final ReviewChain STANDARD = ReviewChain.standard();

    static final Actor DRAFTER = actor(1, "张填报", Role.DRAFTER);
    static final Actor OTHER_DRAFTER = actor(2, "李填报", Role.DRAFTER);
    static final Actor BUSINESS = actor(3, "王初审", Role.BUSINESS_REVIEWER);
    static final Actor FINANCE = actor(4, "赵复核", Role.FINANCE_REVIEWER);
    static final Actor PERFORMANCE = actor(5, "钱终审", Role.PERFORMANCE_REVIEWER);
    static final Actor BUREAU = actor(6, "孙财政", Role.BUREAU_REVIEWER);
    static final Actor ADMIN = actor(7, "周管理", Role.ADMINISTRATOR);
    static final Actor NOBODY = new Actor(8, "guest", "吴无权", "001001", Set.of(), DataScope.OWN);

    /** The reviewer of each standard step, by index. */
    static final List<Actor> REVIEWERS = List.of(BUSINESS, FINANCE, PERFORMANCE, BUREAU);

    private Fixtures() {
    }

    static Actor actor(long id, String name, Role role) {
        return new Actor(id, "u" + id, name, "001001", Set.of(role), role.defaultScope());
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    static ReviewCase draft() {
        return ReviewCase.open(TABLE);
    }

    /** Submitted by {@link #DRAFTER} and approved up to {@code step}, which now waits. */
    static ReviewCase pendingAt(int step) {
        return pendingAt(STANDARD, step);
    }

    static ReviewCase pendingAt(ReviewChain chain, int step) {
        ReviewCase c = draft().submit(chain, DRAFTER, List.of(), at(0)).reviewCase();
        for (int i = 0; i < step; i++) {
            c = c.approve(ADMIN, List.of(), at(i + 1)).reviewCase();
        }
        return c;
    }

    static ReviewCase approved() {
        return approved(STANDARD);
    }

    static ReviewCase approved(ReviewChain chain) {
        ReviewCase c = pendingAt(chain, chain.size() - 1);
        return c.approve(ADMIN, List.of(), at(chain.size())).reviewCase();
    }
}
