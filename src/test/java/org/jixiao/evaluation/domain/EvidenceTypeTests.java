package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Evidence types recognised from crafted and real files: by content, never by the name alone; never throws. */
class EvidenceTypeTests {

    @Test
    void realFilesAreRecognisedByTheirContent() throws IOException {
        assertThat(EvidenceType.detect("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)))
                .containsExactly(EvidenceType.PDF);
        assertThat(EvidenceType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13}))
                .containsExactly(EvidenceType.PNG);
        assertThat(EvidenceType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}))
                .containsExactly(EvidenceType.JPEG);

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("验收报告");
            doc.write(docx);
        }
        assertThat(EvidenceType.detect(docx.toByteArray())).containsExactly(EvidenceType.DOCX);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("发放明细").createRow(0).createCell(0).setCellValue("姓名");
            book.write(xlsx);
        }
        assertThat(EvidenceType.detect(xlsx.toByteArray())).containsExactly(EvidenceType.XLSX);

        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            book.createSheet("明细").createRow(0).createCell(0).setCellValue("金额");
            book.write(xls);
        }
        assertThat(EvidenceType.detect(xls.toByteArray())).containsExactlyInAnyOrder(EvidenceType.XLS, EvidenceType.ET);

        // a Word 97 container: an OLE2 document with a WordDocument stream (as .doc and WPS 文字 files are)
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
            fs.writeFilesystem(doc);
        }
        assertThat(EvidenceType.detect(doc.toByteArray())).containsExactlyInAnyOrder(EvidenceType.DOC, EvidenceType.WPS);
    }

    @Test
    void namesClaimATypeThatTheContentMustShow() {
        assertThat(EvidenceType.byName("验收报告.PDF")).contains(EvidenceType.PDF);
        assertThat(EvidenceType.byName("照片.jpeg")).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.byName("照片.jpg")).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.byName("表.et")).contains(EvidenceType.ET);
        assertThat(EvidenceType.byName("程序.exe")).isEmpty();
        assertThat(EvidenceType.byName("没有扩展名")).isEmpty();
        assertThat(EvidenceType.byName("结尾是点.")).isEmpty();
        assertThat(EvidenceType.byName(null)).isEmpty();
        assertThat(EvidenceType.allExtensions()).containsExactly("pdf", "png", "jpg", "jpeg", "docx", "xlsx", "doc",
                "xls", "wps", "et");
    }

    @Test
    void craftedFilesAreNotRecognised() throws IOException {
        // an executable, a script, text, nothing
        assertThat(EvidenceType.detect(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty();
        assertThat(EvidenceType.detect("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(EvidenceType.detect("这是一段文字 %PDF-1.4".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(EvidenceType.detect(new byte[0])).isEmpty();
        assertThat(EvidenceType.detect(null)).isEmpty();
        // a signature cut short
        assertThat(EvidenceType.detect(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();

        // a ZIP that is not an Office document (e.g. a packed executable), and one lacking [Content_Types].xml
        assertThat(EvidenceType.detect(zip("setup.exe", "readme.txt"))).isEmpty();
        assertThat(EvidenceType.detect(zip("word/document.xml"))).isEmpty();
        // a real docx cut in half: the central directory is gone
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");
        assertThat(EvidenceType.detect(docx)).containsExactly(EvidenceType.DOCX);
        assertThat(EvidenceType.detect(Arrays.copyOf(docx, docx.length / 2))).isEmpty();
        // a lying end record (entry count and offset point outside the file)
        byte[] lying = docx.clone();
        for (int i = lying.length - 22; i >= 0; i--) {
            if (lying[i] == 'P' && lying[i + 1] == 'K' && lying[i + 2] == 5 && lying[i + 3] == 6) {
                lying[i + 10] = (byte) 0xFF;
                lying[i + 11] = (byte) 0xFF;
                lying[i + 16] = (byte) 0xF0;
                lying[i + 19] = (byte) 0x7F;
                break;
            }
        }
        assertThat(EvidenceType.detect(lying)).isEmpty();

        // OLE2 magic followed by garbage, and random bytes after each signature: never an exception
        byte[] ole2 = new byte[2048];
        new Random(7).nextBytes(ole2);
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole2, 0, 8);
        assertThat(EvidenceType.detect(ole2)).isEmpty();
        Random random = new Random(42);
        for (int n = 0; n < 200; n++) {
            byte[] junk = new byte[random.nextInt(600)];
            random.nextBytes(junk);
            if (junk.length > 4 && n % 2 == 0) {
                junk[0] = 'P';
                junk[1] = 'K';
                junk[2] = 3;
                junk[3] = 4;
            }
            EvidenceType.detect(junk);
        }
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
