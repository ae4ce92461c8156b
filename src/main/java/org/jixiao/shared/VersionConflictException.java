package org.jixiao.shared;

/**
 * Optimistic locking: somebody saved the record after the caller read it. Nothing has been written.
 */
public class VersionConflictException extends RuntimeException {

    private final long expectedVersion;
    private final long currentVersion;

    public VersionConflictException(String what, long expectedVersion, long currentVersion) {
        super(what + " was changed by someone else: expected version " + expectedVersion + ", now " + currentVersion);
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
