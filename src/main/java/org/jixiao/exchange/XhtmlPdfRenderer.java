package org.jixiao.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
    /** Guarded by {@code this}. */
    private TrueTypeFont trueType;

    XhtmlPdfRenderer(PdfProperties properties) {
        this.properties = properties;
    }

    /** For code outside Spring (tests, benchmarks): the configured defaults. */
    public static XhtmlPdfRenderer withDefaults() {
        return new XhtmlPdfRenderer(PdfProperties.defaults());
    }

    /**
     * Renders one document. The font file is parsed once and kept (a 17 MB collection parsed per document cost two
     * thirds of the time); PDFBox's parsed fonts are not safe for concurrent use, so documents are rendered one at a
     * time.
     *
     * @throws PdfFontUnavailableException when the server has no usable Chinese font
     */
    public synchronized byte[] render(String xhtml) {
        TrueTypeFont parsed = trueType();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.withHtmlContent(xhtml, null);
            // embedded as a subset; the font has one weight: bold text uses the same outlines
            PDType0Font embedded = PDType0Font.load(doc, parsed, true);
            builder.useFont(new PDFontSupplier(embedded), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(embedded), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Text as XHTML content or attribute value: markup characters escaped, line breaks as {@code <br/>}, characters
     * XML 1.0 cannot hold dropped (as in the .docx).
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("<br/>");
                default -> {
                    if ((c >= 0x20 || c == '\t') && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The first font of the collection, or the .ttf, parsed once. */
    private TrueTypeFont trueType() {
        if (trueType == null) {
            Path path = fontPath();
            try {
                if (path.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                    TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    collection.processAllFonts(f -> {
                        if (first[0] == null) {
                            first[0] = f;
                        }
                    });
                    trueType = first[0];
                } else {
                    trueType = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
                }
            } catch (IOException e) {
                throw new PdfFontUnavailableException("无法生成 PDF：字体文件“" + path + "”无法读取（" + e.getClass().getSimpleName() + "）。");
            }
        }
        return trueType;
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
