package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.testsupport.DemoTables;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF is read back with PDFBox: the text of seed 001's tables is there in Chinese, every font is embedded (as a
 * subset), the pages are A4. Page images go to target/exchange-pdf/ for a person to look at (never into git).
 */
class PdfBookWriterTests {

    private static final XhtmlPdfRenderer RENDERER = XhtmlPdfRenderer.withDefaults();

    @BeforeAll
    static void font() {
        boolean present = PdfFont.CANDIDATES.stream().anyMatch(Files::isRegularFile);
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("no Chinese TrueType font installed (apt-get install fonts-wqy-zenhei)");
        }
        RENDERER.fontPath(); // locates the font, or says which is missing
    }

    @Test
    void theDemoBookReadsBackWithItsChineseTextOnA4() throws Exception {
        ExportBook book = ExchangeFixtures.demoBook();
        byte[] pdf = new PdfBookWriter(RENDERER).write(book);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Path out = Path.of("target", "exchange-pdf");
        Files.createDirectories(out);
        Files.write(out.resolve("807001-2024.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // content-stream order keeps each table cell's lines together, so a wrapped value reads back whole
            PDFTextStripper stripper = new PDFTextStripper();
            String text = compact(stripper.getText(doc));
            assertThat(text).contains("807001巨鹿县消防救援大队本级2024年度绩效目标申报", "第一部分部门整体绩效目标",
                    "第二部分预算项目绩效目标", "单位：万元", "以习近平新时代中国特色社会主义思想指导");
            int projects = 0;
            int values = 0;
            for (GoalTableView table : book.tables()) {
                for (String goal : table.content().goals()) {
                    assertThat(text).contains(compact(goal));
                }
                for (Indicator indicator : table.content().indicators()) {
                    assertThat(text).contains(compact(indicator.name()), compact(indicator.value().format()));
                    values++;
                }
                if (table.project() != null) {
                    projects++;
                    assertThat(text).contains(projects + "." + compact(table.project().content().name()) + "绩效目标表",
                            table.project().content().code().value());
                }
            }
            assertThat(projects).isEqualTo(9);
            assertThat(values).isGreaterThan(50);
            assertThat(text).contains("13052924P00584012429T", "高危执勤补贴经费", "73.20", "99人", "≥95%", "人员高位补贴发放表");

            // every project starts a page: its heading is on a page of its own
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(10);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                assertA4(page.getMediaBox(), false);
            }
            List<PDFont> fonts = fonts(doc);
            assertThat(fonts).isNotEmpty();
            for (PDFont f : fonts) {
                assertThat(f.isEmbedded()).as(f.getName() + " embedded").isTrue();
                assertThat(f).isInstanceOf(PDType0Font.class);
                assertThat(f.getName()).as("subset").matches("[A-Z]{6}\\+.*");
            }

            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i : new int[]{0, 1, 2}) {
                BufferedImage image = renderer.renderImageWithDPI(i, 80);
                ImageIO.write(image, "png", out.resolve("807001-2024-page" + (i + 1) + ".png").toFile());
            }
            // a text page's pixels are not all white: glyphs were drawn, not empty boxes of a missing font
            BufferedImage page2 = renderer.renderImageWithDPI(1, 40);
            assertThat(darkPixels(page2)).isGreaterThan(2000);
        }
    }

    @Test
    void optionalColumnsTurnThePageToLandscapeAndRiskyTextIsJustText() throws Exception {
        ParsedGoalTable tricky = ExchangeFixtures.trickyProject();
        byte[] pdf = new PdfBookWriter(RENDERER).write(ExchangeFixtures.book(List.of(tricky)));
        Files.createDirectories(Path.of("target", "exchange-pdf"));
        Files.write(Path.of("target", "exchange-pdf").resolve("tricky.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertA4(doc.getPage(0).getMediaBox(), true);
            String text = compact(new PDFTextStripper().getText(doc));
            assertThat(text).contains("=HYPERLINK(\"http://evil\",\"点我\")", "@SUM(A1)", "评（扣）分标准", "计算公式",
                    "2.=不是公式", "_x0041_是字面文字", "多行描述第三行");
            // twelve checkpoints take two pairs of plan rows
            assertThat(text).contains("12月底");
        }
    }

    @Test
    void markupInTheDataIsEscapedNotInterpreted() {
        assertThat(PdfBookWriter.esc("<b>a & \"b\"</b>\r\nx\u0001")).isEqualTo("&lt;b&gt;a &amp; &quot;b&quot;&lt;/b&gt;<br/>x");
        assertThat(PdfBookWriter.attr("a\r\nb<")).isEqualTo("a b&lt;");
    }

    @Test
    void aMissingOrUnusableFontIsRefusedWithAReasonInChinese(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> PdfFont.locate(dir.resolve("nope.ttf").toString(), PdfFont.CANDIDATES))
                .isInstanceOf(PdfFontUnavailableException.class)
                .hasMessageContaining("不存在或无法读取").hasMessageContaining("jixiao.exchange.pdf.font");
        assertThatThrownBy(() -> PdfFont.locate(null, List.of(dir.resolve("a.ttc"), dir.resolve("b.ttf"))))
                .isInstanceOf(PdfFontUnavailableException.class)
                .hasMessageContaining("没有找到可嵌入的中文字体").hasMessageContaining("fonts-wqy-zenhei");
        Path cff = Files.write(dir.resolve("cff.otf"), "OTTO\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> PdfFont.locate(cff.toString(), List.of()))
                .isInstanceOf(PdfFontUnavailableException.class).hasMessageContaining("CFF");
        Path text = Files.writeString(dir.resolve("text.ttf"), "not a font");
        assertThatThrownBy(() -> PdfFont.locate(text.toString(), List.of()))
                .isInstanceOf(PdfFontUnavailableException.class).hasMessageContaining("不是 TrueType 字体");
        Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        if (Files.isRegularFile(noto)) { // Debian's Noto CJK collection has CFF outlines, which PDFBox cannot subset
            assertThatThrownBy(() -> PdfFont.locate(noto.toString(), List.of()))
                    .isInstanceOf(PdfFontUnavailableException.class);
        }
        // the candidate list is searched in order, a configured font is used as is
        assertThat(PdfFont.locate(RENDERER.fontPath().toString(), List.of()).path()).isEqualTo(RENDERER.fontPath());
        assertThat(PdfFont.locate(" ", List.of(dir.resolve("a.ttc"), RENDERER.fontPath())).path()).isEqualTo(RENDERER.fontPath());
    }

    static void assertA4(PDRectangle box, boolean landscape) {
        float w = landscape ? box.getHeight() : box.getWidth();
        float h = landscape ? box.getWidth() : box.getHeight();
        assertThat(w).isBetween(594f, 597f);
        assertThat(h).isBetween(841f, 843f);
    }

    private static List<PDFont> fonts(PDDocument doc) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) < 128 && ((rgb >> 8) & 0xFF) < 128 && (rgb & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    static String compact(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "");
    }
}
