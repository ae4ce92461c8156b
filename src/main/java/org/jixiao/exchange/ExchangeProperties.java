package org.jixiao.exchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the import ({@code jixiao.exchange.*}). The defaults hold for a county's books (a unit-year has tens of
 * sheets of tens of rows); they keep a hostile upload from costing more than a few hundred MB of reading.
 *
 * @param maxUploadSize       largest accepted file (Spring's multipart limit in application.yml is the outer fence)
 * @param maxRows             rows of all sheets of one file together
 * @param maxEntrySize        largest uncompressed part of the .xlsx (one sheet, the shared strings)
 * @param maxUncompressedSize all parts of the .xlsx together, uncompressed
 * @param previewTtl          how long an import preview waits for its confirmation
 * @param maxPreviews         previews kept at once; the oldest is dropped first
 */
@ConfigurationProperties("jixiao.exchange")
public record ExchangeProperties(DataSize maxUploadSize, Integer maxRows, DataSize maxEntrySize,
                                 DataSize maxUncompressedSize, Duration previewTtl, Integer maxPreviews) {

    public ExchangeProperties {
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(20) : maxUploadSize;
        maxRows = maxRows == null ? 200_000 : maxRows;
        maxEntrySize = maxEntrySize == null ? DataSize.ofMegabytes(100) : maxEntrySize;
        maxUncompressedSize = maxUncompressedSize == null ? DataSize.ofMegabytes(300) : maxUncompressedSize;
        previewTtl = previewTtl == null ? Duration.ofMinutes(30) : previewTtl;
        maxPreviews = maxPreviews == null ? 20 : maxPreviews;
    }

    /** The defaults, for code and tests outside Spring. */
    public static ExchangeProperties defaults() {
        return new ExchangeProperties(null, null, null, null, null, null);
    }

    XlsxLimits limits() {
        return new XlsxLimits(maxUploadSize.toBytes(), maxRows, maxEntrySize.toBytes(), maxUncompressedSize.toBytes());
    }
}
