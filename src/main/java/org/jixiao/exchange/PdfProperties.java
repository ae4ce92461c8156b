package org.jixiao.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The PDF export's font ({@code jixiao.exchange.pdf.font}): a TrueType font or collection (.ttf/.ttc with
 * TrueType outlines) that has Chinese glyphs. It is embedded, as a subset, into every PDF, so readers need no
 * Chinese font of their own. Blank means: the first of {@link PdfFont#CANDIDATES} present on this server.
 *
 * @param font path of the font file, or blank
 */
@ConfigurationProperties("jixiao.exchange.pdf")
public record PdfProperties(String font) {

    public static PdfProperties defaults() {
        return new PdfProperties(null);
    }
}
