package org.jixiao.exchange;

/** File sizes for people: 20 MB, 512 KB. */
final class Sizes {

    private Sizes() {
    }

    static String format(long bytes) {
        if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0) {
            return bytes / (1024L * 1024) + " MB";
        }
        if (bytes >= 1024L * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return bytes + " 字节";
    }
}
