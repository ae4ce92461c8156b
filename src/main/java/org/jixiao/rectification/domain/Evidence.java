package org.jixiao.rectification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;

/**
 * 佐证材料 as accepted: the type is judged by the file's content (its magic bytes), not by the name or the
 * browser's claim, and must agree with the name's extension; the size has a limit; the SHA-256 of the content is
 * kept beside it so that a document can be recognised later.
 */
public record Evidence(String fileName, Kind kind, byte[] content, String sha256) {

    /** The accepted kinds, with the extensions that may name them. */
    public enum Kind {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        /** Office Open XML (.docx/.xlsx): a zip with {@code [Content_Types].xml}. */
        OOXML_WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        OOXML_SHEET("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final List<String> extensions;

        Kind(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = List.of(extensions);
        }

        public String contentType() {
            return contentType;
        }
    }

    /**
     * Checks an uploaded file; never throws on odd content, only the {@link ValidationException} of the rules.
     *
     * @throws ValidationException when it is empty, too large, of a kind not accepted, or named as another kind
     */
    public static Evidence accept(String fileName, byte[] content, long maxBytes) {
        List<Violation> v = new ArrayList<>();
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.length() > 200) {
            v.add(Violation.of("rectification.evidence.name", "file"));
        }
        if (content == null || content.length == 0) {
            v.add(Violation.of("rectification.evidence.empty", "file"));
            throw new ValidationException(v);
        }
        if (content.length > maxBytes) {
            v.add(Violation.of("rectification.evidence.size", "file", maxBytes / (1024 * 1024)));
            throw new ValidationException(v);
        }
        Optional<Kind> kind = sniff(content);
        if (kind.isEmpty()) {
            v.add(Violation.of("rectification.evidence.type", "file"));
        } else if (!kind.get().extensions.contains(extension(name))) {
            v.add(Violation.of("rectification.evidence.mismatch", "file", kind.get().extensions.get(0)));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return new Evidence(name, kind.get(), content, sha256(content));
    }

    /** The kind the content is, by its first bytes. */
    public static Optional<Kind> sniff(byte[] c) {
        if (startsWith(c, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(Kind.PDF);
        }
        if (startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(Kind.PNG);
        }
        if (startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(Kind.JPEG);
        }
        if (startsWith(c, new byte[] {'P', 'K', 3, 4})) {
            String head = new String(c, 0, Math.min(c.length, 64 * 1024), StandardCharsets.ISO_8859_1);
            if (!head.contains("[Content_Types].xml")) {
                return Optional.empty();
            }
            if (head.contains("word/")) {
                return Optional.of(Kind.OOXML_WORD);
            }
            if (head.contains("xl/")) {
                return Optional.of(Kind.OOXML_SHEET);
            }
        }
        return Optional.empty();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] c, byte[] prefix) {
        if (c.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (c[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
