package org.jixiao.orgs;

import java.util.Optional;

import org.jixiao.orgs.domain.Actor;

/**
 * The signed-in user of the current request, for code that is not a controller method (model advice of other
 * modules, e.g. the 待办 count in the navigation). Controllers declare an {@code Actor} parameter instead.
 */
public final class CurrentActor {

    private CurrentActor() {
    }

    /** Empty on anonymous requests (login page, static resources). */
    public static Optional<Actor> current() {
        return ApiCredentialsFilter.current();
    }
}
