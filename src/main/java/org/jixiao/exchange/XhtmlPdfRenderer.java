package org.jixiao.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;

/**
 * The PDF machinery of the goal-table export offered to other modules (the self-evaluation report): well-formed
 * XHTML laid out by openhtmltopdf on PDFBox with the server's Chinese font ({@link PdfProperties}) embedded as a
 * subset, under the CSS family {@link #FONT_FAMILY}. The font is located at the first use, so a server without one
 * still starts; then every call throws {@link PdfFontUnavailableException} with the fix in Chinese.
 */
@Component
public class XhtmlPdfRenderer {

    /** The only CSS font family to use in the XHTML: no glyph comes from anywhere else. */
    public static final String FONT_FAMILY = PdfBookWriter.FAMILY;

    private final PdfProperties properties;
    private volatile PdfFont font;

    XhtmlPdfRenderer(PdfProperties properties) {
        this.properties = properties;
    }

    /** For code outside Spring (tests, benchmarks): the configured defaults. */
    public static XhtmlPdfRenderer withDefaults() {
        return new XhtmlPdfRenderer(PdfProperties.defaults());
    }

    /** @throws PdfFontUnavailableException when the server has no usable Chinese font */
    public byte[] render(String xhtml) {
        Path path = fontPath();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.useFont(path.toFile(), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(path.toFile(), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The Chinese TrueType font file (a .ttc collection or a .ttf), checked to hold Chinese glyphs: also for
     * drawing chart images with the same letters as the PDF.
     *
     * @throws PdfFontUnavailableException when the server has none
     */
    public Path fontPath() {
        PdfFont located = font;
        if (located == null) {
            located = PdfFont.locate(properties);
            font = located;
        }
        return located.path();
    }
}
