package org.jixiao.rectification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jixiao.shared.ValidationException;
import org.junit.jupiter.api.Test;

class EvidenceTests {

    private static final byte[] PDF = "%PDF-1.7\n整改".getBytes(StandardCharsets.UTF_8);

    @Test
    void acceptsByContentAndHashes() {
        Evidence e = Evidence.accept("C:\\材料\\整改报告.PDF", PDF, 1024);
        assertThat(e.fileName()).isEqualTo("整改报告.PDF");
        assertThat(e.kind()).isEqualTo(Evidence.Kind.PDF);
        // SHA-256 of the exact bytes, checked against the JDK independently of the hex formatting
        assertThat(e.sha256()).isEqualTo(Evidence.sha256(PDF)).matches("[0-9a-f]{64}");
        assertThat(Evidence.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void refusesByContentNotByName() {
        assertThat(codes(() -> Evidence.accept("报告.pdf", "<html>not a pdf</html>".getBytes(), 1024)))
                .isEqualTo("rectification.evidence.type");
        assertThat(codes(() -> Evidence.accept("照片.pdf", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1}, 1024)))
                .isEqualTo("rectification.evidence.mismatch");
        assertThat(codes(() -> Evidence.accept("a.pdf", PDF, 5))).isEqualTo("rectification.evidence.size");
        assertThat(codes(() -> Evidence.accept("a.pdf", new byte[0], 5))).isEqualTo("rectification.evidence.empty");
        assertThat(codes(() -> Evidence.accept("a.zip", zip("x.txt"), 4096))).isEqualTo("rectification.evidence.type");
    }

    @Test
    void recognisesOfficeFilesInsideTheZip() throws IOException {
        assertThat(Evidence.sniff(zip("[Content_Types].xml", "word/document.xml"))).contains(Evidence.Kind.OOXML_WORD);
        assertThat(Evidence.sniff(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(Evidence.Kind.OOXML_SHEET);
        assertThat(Evidence.accept("台账.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"), 4096).kind())
                .isEqualTo(Evidence.Kind.OOXML_SHEET);
    }

    private static String codes(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.violations().get(0).code();
        }
        throw new AssertionError("expected a refusal");
    }

    private static byte[] zip(String... names) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (String name : names) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
