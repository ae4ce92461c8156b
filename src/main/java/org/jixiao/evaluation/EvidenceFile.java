package org.jixiao.evaluation;

import java.time.Instant;

import org.jixiao.evaluation.domain.EvidenceType;

/**
 * One evidence file (佐证材料) of an indicator, without its bytes.
 *
 * @param indicator the indicator's 0-based row in the goal table
 * @param type      the type recognised from the content
 * @param sha256    the content's SHA-256, lower-case hex
 */
public record EvidenceFile(long id, int indicator, String fileName, EvidenceType type, long size, String sha256,
                           String uploaderName, Instant uploadedAt) {

    /** The size for people: 12.3 KB, 4.5 MB. */
    public String sizeText() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", size / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024));
    }
}
