package org.jixiao.evaluation.domain;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The entry names of a ZIP archive, read from its central directory only: nothing is inflated, so a crafted archive
 * (a zip bomb) costs no more than its own bytes. Anything malformed yields the names read so far (usually none).
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int MAX_ENTRIES = 100_000;

    private ZipDirectory() {
    }

    static Set<String> names(byte[] zip) {
        Set<String> names = new HashSet<>();
        try {
            int end = -1;
            // the end record is 22 bytes plus a comment of at most 65535
            for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
                if (int32(zip, i) == END_SIGNATURE) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                return names;
            }
            int entries = int16(zip, end + 10);
            long offset = int32(zip, end + 16) & 0xFFFFFFFFL;
            int at = (int) Math.min(offset, Integer.MAX_VALUE);
            for (int n = 0; n < Math.min(entries, MAX_ENTRIES); n++) {
                if (at < 0 || at + 46 > zip.length || int32(zip, at) != ENTRY_SIGNATURE) {
                    break;
                }
                int nameLength = int16(zip, at + 28);
                int extraLength = int16(zip, at + 30);
                int commentLength = int16(zip, at + 32);
                if (at + 46 + nameLength > zip.length) {
                    break;
                }
                names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
                at += 46 + nameLength + extraLength + commentLength;
            }
        } catch (RuntimeException e) {
            // malformed: what was read is all there is
        }
        return names;
    }

    private static int int16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }
}
