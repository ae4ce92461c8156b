package org.jixiao.orgs;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.jixiao.orgs.domain.Actor;

/**
 * Who is acting right now, for modules that record it (the audit trail) rather than receive it as a parameter:
 * the signed-in user of the current request, or the actor that work on this thread runs on behalf of
 * ({@link #callAs}: background work started by a user, tests). Empty for the system's own work (startup, demo data).
 */
public final class CurrentActor {

    private static final ThreadLocal<Actor> ON_BEHALF_OF = new ThreadLocal<>();

    private CurrentActor() {
    }

    /** The signed-in user of this request, else the actor of {@link #callAs}, else empty (the system). */
    public static Optional<Actor> get() {
        Optional<Actor> signedIn = ApiCredentialsFilter.current();
        return signedIn.isPresent() ? signedIn : Optional.ofNullable(ON_BEHALF_OF.get());
    }

    /** Runs {@code work} on this thread on behalf of {@code actor}. */
    public static <T> T callAs(Actor actor, Supplier<T> work) {
        Objects.requireNonNull(actor, "actor");
        Actor previous = ON_BEHALF_OF.get();
        ON_BEHALF_OF.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ON_BEHALF_OF.remove();
            } else {
                ON_BEHALF_OF.set(previous);
            }
        }
    }

    /** Runs {@code work} on this thread on behalf of {@code actor}. */
    public static void runAs(Actor actor, Runnable work) {
        callAs(actor, () -> {
            work.run();
            return null;
        });
    }
}
