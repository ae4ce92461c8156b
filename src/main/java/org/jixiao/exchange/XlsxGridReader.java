package org.jixiao.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads the cells of every worksheet of an .xlsx file without trusting it. In order:
 * <ol>
 *   <li>the first bytes must be a zip (an .xls, a text or a PDF file is refused by name);</li>
 *   <li>every zip entry is inflated once and counted before anything parses it: a part over its limit, a part
 *       that inflates more than {@link XlsxLimits#MIN_INFLATE_RATIO 100×} (a zip bomb) or too many entries
 *       refuse the file;</li>
 *   <li>the package's main part must be a workbook (a renamed .docx is refused by name);</li>
 *   <li>styles, shared strings and sheets are read by streaming SAX handlers on POI's hardened XML reader (no
 *       external entities, entity expansion limited) that refuse any DOCTYPE outright; rows are counted against
 *       the limit while reading.</li>
 * </ol>
 * Formulas are never evaluated: a formula cell yields its cached result. Never throws anything but
 * {@link UnreadableWorkbookException}.
 */
final class XlsxGridReader {

    static {
        // POI's own zip guard, a second fence behind the scan: fixed values (the configurable limits are ours)
        ZipSecureFile.setMinInflateRatio(XlsxLimits.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(512L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(XlsxLimits.MAX_ENTRIES);
    }

    private static final long RATIO_GRACE = 1024 * 1024;
    private static final int MAX_CELL_TEXT = 32_767;
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final XlsxLimits limits;

    XlsxGridReader(XlsxLimits limits) {
        this.limits = limits;
    }

    List<SheetGrid> read(Path file) throws UnreadableWorkbookException {
        try {
            guard(file);
            return readPackage(file);
        } catch (UnreadableWorkbookException e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableWorkbookException("corrupt");
        }
    }

    /**
     * The checks every uploaded office file passes before POI opens it (the .docx reader uses them too): not
     * empty, within the size limit, a zip by its first bytes, and every entry inflated and counted once.
     */
    void guard(Path file) throws IOException, UnreadableWorkbookException {
        long size = Files.size(file);
        if (size == 0) {
            throw new UnreadableWorkbookException("empty");
        }
        if (size > limits.maxFileBytes()) {
            throw new UnreadableWorkbookException("tooLarge", Sizes.format(size), Sizes.format(limits.maxFileBytes()));
        }
        checkMagic(file);
        scanZip(file);
    }

    private static void checkMagic(Path file) throws IOException, UnreadableWorkbookException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        FileMagic magic = FileMagic.valueOf(head);
        if (magic == FileMagic.OLE2) {
            throw new UnreadableWorkbookException("xls");
        }
        if (magic != FileMagic.OOXML) {
            throw new UnreadableWorkbookException("notXlsx");
        }
    }

    /** Inflates every entry once, counting: nothing parses a part before its true size is known. */
    private void scanZip(Path file) throws IOException, UnreadableWorkbookException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > XlsxLimits.MAX_ENTRIES) {
                    throw new UnreadableWorkbookException("tooManyEntries", XlsxLimits.MAX_ENTRIES);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName();
                long limit = isMetadata(name) ? XlsxLimits.MAX_METADATA_PART : limits.maxEntryBytes();
                long compressed = Math.max(entry.getCompressedSize(), 1);
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        inflated += n;
                        total += n;
                        if (inflated > RATIO_GRACE && (double) compressed / inflated < XlsxLimits.MIN_INFLATE_RATIO) {
                            throw new UnreadableWorkbookException("zipBomb", name);
                        }
                        if (inflated > limit) {
                            throw new UnreadableWorkbookException("entryTooLarge", name, Sizes.format(limit));
                        }
                        if (total > limits.maxTotalBytes()) {
                            throw new UnreadableWorkbookException("uncompressedTooLarge", Sizes.format(limits.maxTotalBytes()));
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new UnreadableWorkbookException("corrupt");
        }
        if (entries == 0) {
            throw new UnreadableWorkbookException("notXlsx");
        }
    }

    private static boolean isMetadata(String name) {
        return name.endsWith(".rels") || name.equals("[Content_Types].xml");
    }

    private List<SheetGrid> readPackage(Path file) throws Exception {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new UnreadableWorkbookException("notXlsx");
        }
        try {
            requireWorkbook(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            Map<Integer, Format> styles = readStyles(reader);
            List<String> strings = readSharedStrings(reader);
            List<SheetGrid> sheets = new ArrayList<>();
            int[] rows = {0};
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    SheetGrid grid = new SheetGrid(it.getSheetName());
                    parse(in, new SheetHandler(grid, strings, styles, rows, limits.maxRows()));
                    sheets.add(grid);
                }
            }
            return sheets;
        } finally {
            pkg.revert();
        }
    }

    /** The content type of the package's main part (workbook, document …), "" when there is none. */
    static String mainContentType(OPCPackage pkg) throws UnreadableWorkbookException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (rels.isEmpty()) {
            return "";
        }
        try {
            PackagePart main = pkg.getPart(rels.getRelationship(0));
            return main == null ? "" : main.getContentType();
        } catch (Exception e) {
            throw new UnreadableWorkbookException("corrupt");
        }
    }

    private static void requireWorkbook(OPCPackage pkg) throws UnreadableWorkbookException {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (rels.isEmpty()) {
            throw new UnreadableWorkbookException("notXlsx");
        }
        PackagePart main;
        try {
            main = pkg.getPart(rels.getRelationship(0));
        } catch (Exception e) {
            throw new UnreadableWorkbookException("corrupt");
        }
        String type = main == null ? "" : main.getContentType();
        if (type.contains("wordprocessingml")) {
            throw new UnreadableWorkbookException("docx");
        }
        boolean workbook = type.equals(XSSFRelation.WORKBOOK.getContentType())
                || type.equals(XSSFRelation.MACROS_WORKBOOK.getContentType())
                || type.equals(XSSFRelation.TEMPLATE_WORKBOOK.getContentType())
                || type.equals(XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());
        if (!workbook) {
            throw new UnreadableWorkbookException(type.contains("spreadsheetml") || type.contains("ms-excel") ? "xlsb" : "notXlsx");
        }
    }

    private static Map<Integer, Format> readStyles(XSSFReader reader) throws Exception {
        InputStream in;
        try {
            in = reader.getStylesData();
        } catch (Exception e) {
            return Map.of();
        }
        if (in == null) {
            return Map.of();
        }
        StylesHandler handler = new StylesHandler();
        try (in) {
            parse(in, handler);
        }
        return handler.formats();
    }

    private static List<String> readSharedStrings(XSSFReader reader) throws Exception {
        InputStream in;
        try {
            in = reader.getSharedStringsData();
        } catch (Exception e) {
            return List.of();
        }
        if (in == null) {
            return List.of();
        }
        SharedStringsHandler handler = new SharedStringsHandler();
        try (in) {
            parse(in, handler);
        }
        return handler.strings;
    }

    /**
     * Parses a part with POI's hardened SAX reader (DOCTYPE disallowed, no external entities) behind a guard that
     * names a DOCTYPE before the parser sees it, so that the person is told why the file is refused.
     */
    private static void parse(InputStream in, DefaultHandler2 handler) throws Exception {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.setErrorHandler(handler); // fatal errors end the parse without POI logging them as its own
        xml.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
        try {
            xml.parse(new InputSource(new DoctypeGuard(in)));
        } catch (DoctypeGuard.Found e) {
            throw new UnreadableWorkbookException("doctype");
        } catch (SAXException e) {
            for (Throwable t = e; t != null; t = t instanceof SAXException s ? s.getException() : t.getCause()) {
                if (t instanceof Forbidden forbidden) {
                    throw forbidden.reason;
                }
                if (t instanceof DoctypeGuard.Found) {
                    throw new UnreadableWorkbookException("doctype");
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            throw e;
        }
    }

    /** Stops reading a part at the bytes {@code <!DOCTYPE}, wherever they fall between reads. */
    static final class DoctypeGuard extends java.io.FilterInputStream {
        private static final byte[] PATTERN = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        private int matched;

        DoctypeGuard(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                check((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                check(buffer[offset + i]);
            }
            return n;
        }

        private void check(byte b) throws Found {
            matched = b == PATTERN[matched] ? matched + 1 : b == PATTERN[0] ? 1 : 0;
            if (matched == PATTERN.length) {
                throw new Found();
            }
        }

        static final class Found extends IOException {
            Found() {
                super("DOCTYPE", null);
            }
        }
    }

    /** Stops a SAX parse with a reason for the person. */
    private static final class Forbidden extends SAXException {
        final transient UnreadableWorkbookException reason;

        Forbidden(UnreadableWorkbookException reason) {
            super(reason.code());
            this.reason = reason;
        }
    }

    /** Office programs never write a DOCTYPE into a package part: one is an attack (XXE, entity expansion). */
    private abstract static class PartHandler extends DefaultHandler2 {
        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new Forbidden(new UnreadableWorkbookException("doctype"));
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) throws SAXException {
            throw new Forbidden(new UnreadableWorkbookException("doctype"));
        }

        static String local(String localName, String qName) {
            if (localName != null && !localName.isEmpty()) {
                return localName;
            }
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }
    }

    /** Excel writes control characters as {@code _xHHHH_} (and a literal {@code _x} as {@code _x005F_x}). */
    static String decodeEscapes(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    record Format(int index, String pattern) {
    }

    /** Number formats of the cell styles ({@code cellXfs}), by style index. */
    private static final class StylesHandler extends PartHandler {
        private final Map<Integer, String> custom = new HashMap<>();
        private final List<Integer> xfFormats = new ArrayList<>();
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (local(localName, qName)) {
                case "numFmt" -> {
                    Integer id = integer(atts.getValue("numFmtId"));
                    if (id != null && atts.getValue("formatCode") != null) {
                        custom.put(id, atts.getValue("formatCode"));
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        Integer id = integer(atts.getValue("numFmtId"));
                        xfFormats.add(id == null ? 0 : id);
                    }
                }
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (local(localName, qName).equals("cellXfs")) {
                inCellXfs = false;
            }
        }

        Map<Integer, Format> formats() {
            Map<Integer, Format> result = new HashMap<>();
            for (int i = 0; i < xfFormats.size(); i++) {
                int id = xfFormats.get(i);
                String pattern = custom.containsKey(id) ? custom.get(id) : BuiltinFormats.getBuiltinFormat(id);
                result.put(i, new Format(id, pattern == null ? "General" : pattern));
            }
            return result;
        }
    }

    /** The shared strings, rich text runs joined, phonetic runs ({@code rPh}) left out. */
    private static final class SharedStringsHandler extends PartHandler {
        final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inT;
        private int phonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (local(localName, qName)) {
                case "si" -> text.setLength(0);
                case "t" -> inT = phonetic == 0;
                case "rPh" -> phonetic++;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (local(localName, qName)) {
                case "si" -> strings.add(decodeEscapes(text.toString()));
                case "t" -> inT = false;
                case "rPh" -> phonetic--;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inT && text.length() < MAX_CELL_TEXT) {
                text.append(ch, start, Math.min(length, MAX_CELL_TEXT - text.length()));
            }
        }
    }

    /** One worksheet: cells with their cached values and styles, merged ranges; counts rows against the limit. */
    private static final class SheetHandler extends PartHandler {
        private final SheetGrid grid;
        private final List<String> strings;
        private final Map<Integer, Format> styles;
        private final int[] rowsSoFar;
        private final int maxRows;

        private int row = -1;
        private int column = -1;
        private String type;
        private int style;
        private boolean formula;
        private boolean inValue;
        private boolean inInline;
        private boolean inInlineText;
        private int phonetic;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private boolean hasValue;

        SheetHandler(SheetGrid grid, List<String> strings, Map<Integer, Format> styles, int[] rowsSoFar, int maxRows) {
            this.grid = grid;
            this.strings = strings;
            this.styles = styles;
            this.rowsSoFar = rowsSoFar;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            switch (local(localName, qName)) {
                case "row" -> {
                    if (++rowsSoFar[0] > maxRows) {
                        throw new Forbidden(new UnreadableWorkbookException("tooManyRows", maxRows));
                    }
                    Integer r = integer(atts.getValue("r"));
                    row = r == null ? row + 1 : r - 1;
                    column = -1;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = column + 1;
                    if (ref != null) {
                        try {
                            CellReference cell = new CellReference(ref);
                            column = cell.getCol();
                            if (cell.getRow() >= 0) {
                                row = cell.getRow();
                            }
                        } catch (RuntimeException e) {
                            // an unreadable reference: keep the position in the row
                        }
                    }
                    type = atts.getValue("t");
                    Integer s = integer(atts.getValue("s"));
                    style = s == null ? 0 : s;
                    formula = false;
                    hasValue = false;
                    value.setLength(0);
                    inline.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "is" -> {
                    inInline = true;
                    hasValue = true;
                }
                case "t" -> inInlineText = inInline && phonetic == 0;
                case "rPh" -> phonetic++;
                case "mergeCell" -> {
                    String ref = atts.getValue("ref");
                    if (ref != null && grid.merges().size() < maxRows) {
                        try {
                            grid.merge(CellRangeAddress.valueOf(ref));
                        } catch (RuntimeException e) {
                            // an unreadable range is ignored: it only affects filling down merged labels
                        }
                    }
                }
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (local(localName, qName)) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "t" -> inInlineText = false;
                case "rPh" -> phonetic--;
                case "c" -> {
                    // an empty styled cell (the body of a merged range, a bordered blank) reads as blank whether
                    // kept or not: not keeping it saves about half the cells of a template sheet
                    if (hasValue || formula) {
                        grid.put(row, column, cell());
                    }
                }
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            StringBuilder target = inValue ? value : inInlineText ? inline : null;
            if (target != null && target.length() < MAX_CELL_TEXT) {
                target.append(ch, start, Math.min(length, MAX_CELL_TEXT - target.length()));
            }
        }

        private GridCell cell() {
            Format format = styles.getOrDefault(style, new Format(0, "General"));
            if (!hasValue) {
                return new GridCell(GridCell.Type.BLANK, null, 0, format.index(), format.pattern(), formula);
            }
            String v = value.toString();
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> {
                    Integer index = integer(v.strip());
                    String text = index == null || index < 0 || index >= strings.size() ? "" : strings.get(index);
                    yield new GridCell(GridCell.Type.STRING, text, 0, format.index(), format.pattern(), formula);
                }
                case "inlineStr" -> new GridCell(GridCell.Type.STRING, decodeEscapes(inline.toString()), 0,
                        format.index(), format.pattern(), formula);
                case "str", "d" -> new GridCell(GridCell.Type.STRING, decodeEscapes(v), 0, format.index(), format.pattern(), formula);
                case "b" -> new GridCell(GridCell.Type.BOOLEAN, null, "1".equals(v.strip()) || "true".equalsIgnoreCase(v.strip()) ? 1 : 0,
                        format.index(), format.pattern(), formula);
                case "e" -> new GridCell(GridCell.Type.ERROR, v.strip(), 0, format.index(), format.pattern(), formula);
                default -> number(v, format);
            };
        }

        private GridCell number(String v, Format format) {
            try {
                double d = Double.parseDouble(v.strip());
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    return new GridCell(GridCell.Type.STRING, v.strip(), 0, format.index(), format.pattern(), formula);
                }
                return new GridCell(GridCell.Type.NUMBER, null, d, format.index(), format.pattern(), formula);
            } catch (NumberFormatException e) {
                return new GridCell(GridCell.Type.STRING, v.strip(), 0, format.index(), format.pattern(), formula);
            }
        }
    }

    private static Integer integer(String text) {
        if (text == null || text.isBlank() || text.length() > 9) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
