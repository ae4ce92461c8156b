package org.jixiao.exchange;

/**
 * What the .xlsx reader accepts, in bytes and rows (see {@link ExchangeProperties}). Parts that POI parses into a
 * DOM ({@code [Content_Types].xml}, relationships) are held to {@link #MAX_METADATA_PART}.
 */
record XlsxLimits(long maxFileBytes, int maxRows, long maxEntryBytes, long maxTotalBytes) {

    /** Largest {@code [Content_Types].xml} or {@code .rels} part: a few KB in real files. */
    static final long MAX_METADATA_PART = 5L * 1024 * 1024;
    /**
     * Most zip entries in one file: a real book has one to three per sheet, and a unit-year book has a sheet per
     * project, 10,000 in the largest units (docs/benchmarks.md). POI's own count limit is set to the same value:
     * at its default of 1,000 a book of more than about 990 projects was refused as "not an .xlsx". What a part
     * costs is held by the byte and row limits, not by this count.
     */
    static final int MAX_ENTRIES = 30_000;
    /**
     * Smallest compressed/uncompressed ratio accepted for a part over 1 MB, POI's own default set deliberately:
     * real sheets compress 5–30×, a zip bomb thousands of times.
     */
    static final double MIN_INFLATE_RATIO = 0.01;

    XlsxLimits {
        if (maxFileBytes <= 0 || maxRows <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
