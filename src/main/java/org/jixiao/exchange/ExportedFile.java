package org.jixiao.exchange;

import java.nio.charset.StandardCharsets;

/**
 * A produced office file: its name for the download (Chinese, e.g. {@code 807001-2024-绩效目标申报.xlsx}), an
 * ASCII stand-in for clients that cannot read RFC 5987 names, the media type and the bytes.
 */
public record ExportedFile(String filename, String asciiFilename, String contentType, byte[] content) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";

    /**
     * {@code attachment; filename="807001-2024.xlsx"; filename*=UTF-8''807001-2024-%E7%BB%A9…} (RFC 6266 with an
     * RFC 5987 UTF-8 name).
     */
    public String contentDisposition() {
        return "attachment; filename=\"" + asciiFilename + "\"; filename*=UTF-8''" + rfc5987(filename);
    }

    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
