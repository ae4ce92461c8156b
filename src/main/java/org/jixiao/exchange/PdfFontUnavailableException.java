package org.jixiao.exchange;

/**
 * No usable Chinese font for the PDF export on this server. The message is for people (shown as the reason of a
 * 503); the administrator's fix is named in it.
 */
public class PdfFontUnavailableException extends RuntimeException {

    public PdfFontUnavailableException(String message) {
        super(message);
    }
}
