package org.jixiao.evaluation.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * 佐证材料文件类型: what an evidence file may be, recognised from its content (magic bytes and, for the Office
 * formats, the container's parts), never from its name alone. The name's extension must name the type the content
 * shows: a renamed executable, a PDF called .docx or a .xls holding a Word document are refused.
 *
 * <ul>
 *   <li>PDF: {@code %PDF-} at the start;</li>
 *   <li>PNG: the 8-byte PNG signature; JPEG: {@code FF D8 FF};</li>
 *   <li>DOCX / XLSX: a ZIP archive whose central directory lists {@code [Content_Types].xml} and
 *       {@code word/document.xml} or {@code xl/workbook.xml} (read without inflating anything);</li>
 *   <li>DOC / XLS / WPS / ET: an OLE2 compound document ({@code D0 CF 11 E0 A1 B1 1A E1}) whose directory names a
 *       {@code WordDocument} stream (DOC, WPS) or a {@code Workbook}/{@code Book} stream (XLS, ET).</li>
 * </ul>
 */
public enum EvidenceType {
    PDF("PDF 文档", "application/pdf", "pdf"),
    PNG("PNG 图片", "image/png", "png"),
    JPEG("JPEG 图片", "image/jpeg", "jpg", "jpeg"),
    DOCX("Word 文档（docx）", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("Excel 工作簿（xlsx）", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOC("Word 97-2003 文档（doc）", "application/msword", "doc"),
    XLS("Excel 97-2003 工作簿（xls）", "application/vnd.ms-excel", "xls"),
    WPS("WPS 文字文档（wps）", "application/vnd.ms-works", "wps"),
    ET("WPS 表格（et）", "application/vnd.ms-excel", "et");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};

    private final String label;
    private final String mediaType;
    private final List<String> extensions;

    EvidenceType(String label, String mediaType, String... extensions) {
        this.label = label;
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String label() {
        return label;
    }

    /** The media type a download is served with. */
    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Every accepted extension, for messages and the file chooser ({@code .pdf,.png,…}). */
    public static List<String> allExtensions() {
        return Arrays.stream(values()).flatMap(t -> t.extensions.stream()).toList();
    }

    /** The type a file name claims by its extension (case-insensitive), if it is an accepted one. */
    public static Optional<EvidenceType> byName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
    }

    /**
     * The types the content may be: one for PDF, PNG, JPEG, DOCX and XLSX; for an OLE2 document the ones its streams
     * allow (DOC and WPS, or XLS and ET). Empty for anything else. Never throws on any content.
     */
    public static Set<EvidenceType> detect(byte[] content) {
        Set<EvidenceType> types = new HashSet<>();
        if (content == null) {
            return types;
        }
        if (startsWith(content, PDF_MAGIC)) {
            types.add(PDF);
        } else if (startsWith(content, PNG_MAGIC)) {
            types.add(PNG);
        } else if (startsWith(content, JPEG_MAGIC)) {
            types.add(JPEG);
        } else if (startsWith(content, ZIP_MAGIC)) {
            Set<String> names = ZipDirectory.names(content);
            if (names.contains("[Content_Types].xml")) {
                if (names.contains("word/document.xml")) {
                    types.add(DOCX);
                } else if (names.contains("xl/workbook.xml")) {
                    types.add(XLSX);
                }
            }
        } else if (startsWith(content, OLE2_MAGIC)) {
            Set<String> streams = Ole2Directory.names(content);
            if (streams.contains("WordDocument")) {
                types.add(DOC);
                types.add(WPS);
            }
            if (streams.contains("Workbook") || streams.contains("Book")) {
                types.add(XLS);
                types.add(ET);
            }
        }
        return types;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
