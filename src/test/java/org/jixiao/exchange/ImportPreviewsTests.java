package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Previews wait a while, are bounded in number and can be taken for writing once. */
class ImportPreviewsTests {

    private Instant now = Instant.parse("2024-03-01T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final ImportPreviews previews = new ImportPreviews(clock,
            new ExchangeProperties(DataSize.ofMegabytes(20), 1000, null, null, Duration.ofMinutes(30), 3));

    @Test
    void aPreviewExpires() {
        previews.put(pending("a"));
        now = now.plus(Duration.ofMinutes(29));
        assertThat(previews.preview("a")).isPresent();
        now = now.plus(Duration.ofMinutes(2));
        assertThat(previews.preview("a")).isEmpty();
        assertThat(previews.claim("a")).isNull();
    }

    @Test
    void theOldestPreviewGoesWhenTheStoreIsFull() {
        for (String id : List.of("a", "b", "c", "d")) {
            previews.put(pending(id));
        }
        assertThat(previews.size()).isEqualTo(3);
        assertThat(previews.preview("a")).isEmpty();
        assertThat(previews.preview("d")).isPresent();
    }

    @Test
    void aPreviewIsTakenOnceAndReleasedAfterAFailure() {
        previews.put(pending("a"));
        assertThat(previews.claim("a")).isNotNull();
        assertThatThrownBy(() -> previews.claim("a")).isInstanceOf(ImportPreviews.AlreadyTaken.class);
        previews.release("a");
        assertThat(previews.claim("a")).isNotNull();
        previews.committed("a", new ImportResult("a", "807001", "x", 2024, List.of()));
        assertThatThrownBy(() -> previews.claim("a")).isInstanceOf(ImportPreviews.AlreadyTaken.class);
        assertThat(previews.result("a")).isPresent();
    }

    private ImportPreviews.Pending pending(String id) {
        return new ImportPreviews.Pending(new ImportPreview(id, now.plus(Duration.ofMinutes(30)), "f.xlsx", "807001", "x", 2024,
                List.of(), List.of(), List.of(), null), List.of(), 1L);
    }
}
