package org.jixiao.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.goals.domain.GoalTableInput;
import org.springframework.stereotype.Component;

/**
 * Import previews waiting for their confirmation, in memory: each expires after the configured time, at most the
 * configured number are kept (the oldest goes first), and each can be committed once — a second click while the
 * first is writing, or after it, is refused instead of importing twice. A committed import keeps its result
 * until it expires, for the result page.
 */
@Component
class ImportPreviews {

    /**
     * The preview and, per table of the file, the input to write and the table it replaces (null: create); only the
     * user who uploaded the file ({@code ownerId}) sees or confirms it.
     */
    record Pending(ImportPreview preview, List<Planned> planned, long ownerId) {
    }

    record Planned(GoalTableInput input, ImportPreview.Table table) {
    }

    enum State { PREVIEWED, COMMITTING, COMMITTED }

    private static final class Entry {
        Pending pending;
        State state = State.PREVIEWED;
        ImportResult result;

        Entry(Pending pending) {
            this.pending = pending;
        }
    }

    private final Clock clock;
    private final int max;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    ImportPreviews(Clock clock, ExchangeProperties properties) {
        this.clock = clock;
        this.max = Math.max(1, properties.maxPreviews());
    }

    synchronized void put(Pending pending) {
        evictExpired();
        Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator();
        while (entries.size() >= max && oldest.hasNext()) {
            if (oldest.next().getValue().state != State.COMMITTING) {
                oldest.remove();
            }
        }
        entries.put(pending.preview().id(), new Entry(pending));
    }

    synchronized Optional<ImportPreview> preview(String id) {
        evictExpired();
        return Optional.ofNullable(entries.get(id)).map(e -> e.pending.preview());
    }

    /** Who uploaded the file of this preview. */
    synchronized Optional<Long> owner(String id) {
        evictExpired();
        return Optional.ofNullable(entries.get(id)).map(e -> e.pending.ownerId());
    }

    synchronized Optional<ImportResult> result(String id) {
        evictExpired();
        return Optional.ofNullable(entries.get(id)).map(e -> e.result);
    }

    /** Takes a preview for writing: it must exist, not have expired and not be taken already. */
    synchronized Pending claim(String id) {
        evictExpired();
        Entry entry = entries.get(id);
        if (entry == null) {
            return null;
        }
        if (entry.state != State.PREVIEWED) {
            throw new AlreadyTaken(entry.state);
        }
        entry.state = State.COMMITTING;
        return entry.pending;
    }

    synchronized void committed(String id, ImportResult result) {
        Entry entry = entries.get(id);
        if (entry != null) {
            entry.state = State.COMMITTED;
            entry.result = result;
            // the inputs are written and can never be written again: keep only the preview for the result page
            // (a 10,000-table import held about 150 MB of inputs until the preview expired)
            entry.pending = new Pending(entry.pending.preview(), List.of(), entry.pending.ownerId());
        }
    }

    /** The write failed and was rolled back: the preview may be confirmed again (e.g. after a conflict is gone). */
    synchronized void release(String id) {
        Entry entry = entries.get(id);
        if (entry != null && entry.state == State.COMMITTING) {
            entry.state = State.PREVIEWED;
        }
    }

    synchronized int size() {
        evictExpired();
        return entries.size();
    }

    private void evictExpired() {
        Instant now = clock.instant();
        entries.values().removeIf(e -> e.state != State.COMMITTING && !e.pending.preview().expiresAt().isAfter(now));
    }

    static final class AlreadyTaken extends RuntimeException {
        final State state;

        AlreadyTaken(State state) {
            super(state.name(), null, false, false);
            this.state = state;
        }
    }
}
