package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.goals.GoalTableView;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real office software opens what we produce: LibreOffice (headless, a private profile) converts the demo
 * unit-year's .xlsx and .docx to PDF without error, and the PDFs hold the Chinese project names. The xlsx's table
 * pages must carry the whole table width (fit to one page wide). Without LibreOffice the test skips itself, but
 * only outside CI: with {@code CI} set a missing soffice is a failure, since .ci/run installs it. Page images go to
 * target/libreoffice/ for a person to look at.
 */
class LibreOfficeConversionTests {

    private static final Path OUT = Path.of("target", "libreoffice");
    private static Path soffice;
    private static ExportBook book;

    @BeforeAll
    static void convert() throws Exception {
        soffice = findSoffice();
        if (soffice == null && System.getenv("CI") == null) {
            Assumptions.abort("LibreOffice is not installed (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)");
        }
        assertThat(soffice).as("soffice on the PATH (CI installs LibreOffice)").isNotNull();
        book = ExchangeFixtures.demoBook();
        Files.createDirectories(OUT);
        Path xlsx = Files.write(OUT.resolve("807001-2024.xlsx"), new XlsxBookWriter().write(book));
        Path docx = Files.write(OUT.resolve("807001-2024.docx"), new DocxBookWriter().write(book));
        Files.deleteIfExists(OUT.resolve("807001-2024.pdf"));
        // xlsx and docx share a base name: convert them one at a time into their own directories
        run(xlsx, OUT.resolve("from-xlsx"));
        run(docx, OUT.resolve("from-docx"));
        Path tricky = Files.write(OUT.resolve("tricky.xlsx"),
                new XlsxBookWriter().write(ExchangeFixtures.book(List.of(ExchangeFixtures.trickyProject()))));
        run(tricky, OUT.resolve("from-tricky"));
    }

    /**
     * Formula injection, end to end: LibreOffice shows text that starts with = + - @ as that text; had it taken
     * any for a formula, the page would show its result (1, 0, a link 点我, #NAME?) instead.
     */
    @Test
    void formulaLikeTextIsShownAsTextNotEvaluated() throws Exception {
        try (PDDocument doc = Loader.loadPDF(OUT.resolve("from-tricky").resolve("tricky.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            String compact = PdfBookWriterTests.compact(text);
            assertThat(compact).contains("=HYPERLINK(", "@SUM(A1)", "+86电话", "-1+1", "-用途：不是公式", "2.=不是公式");
            assertThat(text).doesNotContain("#NAME?", "Err:", "#VALUE!");
            // the 计算公式 cell "-1+1" and the 数据来源 cell "=1" side by side, not 0 and 1
            assertThat(text).containsPattern("-1\\+1\\s+=1\\s");
        }
    }

    @Test
    void theWorkbookConvertsWithEveryProjectAndTablesFitThePageWidth() throws Exception {
        Path pdf = OUT.resolve("from-xlsx").resolve("807001-2024.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = PdfBookWriterTests.compact(new PDFTextStripper().getText(doc));
            assertProjects(text);
            assertThat(text).contains("单位编码", "807001", "合计（9个项目）", "单位：万元", "人员高位补贴发放表");
            int tablePages = 0;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String page = PdfBookWriterTests.compact(stripper.getText(doc));
                boolean landscape = doc.getPage(i).getMediaBox().getWidth() > doc.getPage(i).getMediaBox().getHeight();
                PdfBookWriterTests.assertA4(doc.getPage(i).getMediaBox(), landscape);
                if (page.contains("二级指标")) {
                    tablePages++;
                    // the last column is on the same page as the first: nothing is cut off to another page
                    assertThat(page).as("page " + (i + 1)).contains("一级指标", "评（扣）分标准");
                    assertThat(landscape).as("table pages are landscape").isTrue();
                }
            }
            assertThat(tablePages).isGreaterThanOrEqualTo(9);
            render(doc, "xlsx", new int[]{0, 2});
        }
    }

    @Test
    void theDocumentConvertsWithEveryProject() throws Exception {
        Path pdf = OUT.resolve("from-docx").resolve("807001-2024.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = PdfBookWriterTests.compact(new PDFTextStripper().getText(doc));
            assertProjects(text);
            assertThat(text).contains("第一部分部门整体绩效目标", "第二部分预算项目绩效目标", "1.高危执勤补贴经费绩效目标表",
                    "13052924P00584012429T", "单位：万元", "99人", "人员高位补贴发放表");
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PdfBookWriterTests.assertA4(doc.getPage(i).getMediaBox(), false);
            }
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(10);
            render(doc, "docx", new int[]{0, 1});
        }
    }

    private static void assertProjects(String text) {
        int projects = 0;
        for (GoalTableView table : book.tables()) {
            if (table.project() != null) {
                assertThat(text).contains(PdfBookWriterTests.compact(table.project().content().name()));
                projects++;
            }
        }
        assertThat(projects).isEqualTo(9);
    }

    private static void render(PDDocument doc, String name, int[] pages) throws Exception {
        PDFRenderer renderer = new PDFRenderer(doc);
        for (int i : pages) {
            BufferedImage image = renderer.renderImageWithDPI(i, 80);
            ImageIO.write(image, "png", OUT.resolve(name + "-page" + (i + 1) + ".png").toFile());
        }
    }

    /** {@code soffice --headless --convert-to pdf} with a private profile, so no user's settings or lock interfere. */
    private static void run(Path file, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("jixiao-lo-profile");
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                "--convert-to", "pdf", "--outdir", outDir.toAbsolutePath().toString(), file.toAbsolutePath().toString()));
        Path log = outDir.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting " + file + " within 180 s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("soffice exit code; output:\n" + output).isZero();
        assertThat(output).as("soffice output").doesNotContainIgnoringCase("error");
        Path pdf = outDir.resolve(file.getFileName().toString().replaceFirst("\\.[^.]+$", ".pdf"));
        assertThat(pdf).as("converted PDF; soffice said:\n" + output).exists();
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
    }

    private static Path findSoffice() {
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "/usr/bin" : path + File.pathSeparator + "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
