package org.jixiao.exchange;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The Word (.docx) basics shared by the goal-table book ({@link DocxBookWriter}) and the reports module's
 * documents: runs in 宋体 / Times New Roman with line breaks kept and characters XML cannot hold dropped, column
 * widths scaled to the text width, an A4 page section.
 */
public final class WordText {

    /** The East Asian font of every run: what the finance bureaus' own documents use. */
    public static final String CHINESE_FONT = "宋体";
    public static final String LATIN_FONT = "Times New Roman";
    /** A4 in twentieths of a point. */
    public static final int A4_SHORT = 11906;
    public static final int A4_LONG = 16838;

    private WordText() {
    }

    /** A run of {@code text} (line breaks kept as breaks) in the documents' fonts. */
    public static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(CHINESE_FONT, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        String[] lines = (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(xmlSafe(lines[i]), i);
        }
        return run;
    }

    /** Characters XML 1.0 cannot hold are dropped (a Word document has no escape for them). */
    public static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x20 || c == '\t') && c != 0xFFFE && c != 0xFFFF) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Column widths in proportion to {@code weights}, summing exactly to {@code total} (the last takes the rest). */
    public static int[] scale(int[] weights, int total) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int[] widths = new int[weights.length];
        int used = 0;
        for (int i = 0; i < weights.length; i++) {
            widths[i] = i == weights.length - 1 ? total - used : total * weights[i] / sum;
            used += widths[i];
        }
        return widths;
    }

    /** The document's (last) section on A4, portrait or landscape, with the margins given in twentieths of a point. */
    public static void a4Page(XWPFDocument doc, boolean landscape, int topBottom, int leftRight) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(topBottom));
        margins.setBottom(BigInteger.valueOf(topBottom));
        margins.setLeft(BigInteger.valueOf(leftRight));
        margins.setRight(BigInteger.valueOf(leftRight));
    }
}
