package org.jixiao.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds the Chinese font the PDF export embeds. No maintained Maven artifact ships a CJK font with TrueType
 * outlines (the npm/WebJar ones are split WOFF2 web subsets, which PDFBox cannot embed), so the font comes from
 * the server: the configured file, else the first of {@link #CANDIDATES}. The file is checked once before use —
 * present, TrueType outlines (PDFBox cannot subset the CFF outlines of Debian's Noto CJK .ttc/.otf) and a glyph
 * for 绩 — so a wrong font gives a clear message instead of a PDF full of empty boxes.
 */
final class PdfFont {

    /**
     * TrueType-outline Chinese fonts in their usual places: WenQuanYi Zen Hei/Micro Hei (Debian/Ubuntu
     * fonts-wqy-zenhei, fonts-wqy-microhei; Fedora), AR PL UMing, Windows' SimSun/SimHei/YaHei.
     */
    static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("C:/Windows/Fonts/simsun.ttc"),
            Path.of("C:/Windows/Fonts/simhei.ttf"),
            Path.of("C:/Windows/Fonts/msyh.ttc"));

    private static final String INSTALL_HINT = "请管理员安装文泉驿正黑字体（Debian/Ubuntu：apt-get install fonts-wqy-zenhei），"
            + "或在配置项 jixiao.exchange.pdf.font 中指定一个含中文字形的 TrueType 字体文件（.ttf/.ttc）。";

    private final Path path;

    private PdfFont(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /** The configured font if one is set (and then only it), else the first candidate present. */
    static PdfFont locate(PdfProperties properties) {
        return locate(properties.font(), CANDIDATES);
    }

    static PdfFont locate(String configured, List<Path> candidates) {
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.strip());
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw new PdfFontUnavailableException("无法生成 PDF：配置的中文字体文件“" + configured.strip()
                        + "”不存在或无法读取。" + INSTALL_HINT);
            }
            check(path);
            return new PdfFont(path);
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate) && Files.isReadable(candidate)) {
                check(candidate);
                return new PdfFont(candidate);
            }
        }
        throw new PdfFontUnavailableException("无法生成 PDF：服务器上没有找到可嵌入的中文字体。" + INSTALL_HINT);
    }

    private static void check(Path path) {
        String problem;
        try {
            problem = problem(path);
        } catch (IOException | RuntimeException e) {
            problem = "无法读取（" + e.getClass().getSimpleName() + "）";
        }
        if (problem != null) {
            throw new PdfFontUnavailableException("无法生成 PDF：字体文件“" + path + "”" + problem + "。" + INSTALL_HINT);
        }
    }

    /** Null when the font is usable, else why not (Chinese, to finish the sentence "字体文件…"). */
    private static String problem(Path path) throws IOException {
        byte[] tag = new byte[4];
        try (InputStream in = Files.newInputStream(path)) {
            if (in.readNBytes(tag, 0, 4) < 4) {
                return "不是字体文件";
            }
        }
        String magic = new String(tag, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (magic.equals("OTTO")) {
            return "是 CFF 轮廓的 OpenType 字体，PDF 导出需要 TrueType 轮廓的字体";
        }
        if (magic.equals("ttcf")) {
            try (TrueTypeCollection collection = new TrueTypeCollection(path.toFile())) {
                String[] result = {"不含可用的字体"};
                collection.processAllFonts(font -> {
                    if (result[0] != null) {
                        result[0] = glyphProblem(font);
                    }
                });
                return result[0];
            }
        }
        boolean trueType = (tag[0] == 0 && tag[1] == 1 && tag[2] == 0 && tag[3] == 0) || magic.equals("true");
        if (!trueType) {
            return "不是 TrueType 字体";
        }
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()))) {
            return glyphProblem(font);
        }
    }

    private static String glyphProblem(TrueTypeFont font) throws IOException {
        if (font.getGlyph() == null) {
            return "没有 TrueType 轮廓（glyf 表）";
        }
        if (font.getUnicodeCmapLookup().getGlyphId('绩') == 0) {
            return "不含中文字形";
        }
        return null;
    }
}
