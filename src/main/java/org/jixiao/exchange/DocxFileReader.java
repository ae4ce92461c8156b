package org.jixiao.exchange;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the paragraphs and tables of an uploaded .docx without trusting it. The file passes the same fences as an
 * .xlsx ({@link XlsxGridReader#guard}: size, zip signature, every entry inflated and counted — zip bombs, oversized
 * parts), then every XML part is streamed once through the DOCTYPE guard (XXE, entity expansion) before POI's
 * XWPF, whose XML options forbid a DOCTYPE too, builds the document. The main part must be a Word document: a
 * workbook with a .docx name is refused by name. Never throws anything but {@link UnreadableWorkbookException}.
 */
final class DocxFileReader {

    /**
     * Largest uncompressed part XWPF may load into memory (it builds a DOM: roughly ten times the part). A goal
     * book of a hundred projects has a document.xml of about 2 MB.
     */
    static final long MAX_DOM_PART = 32L * 1024 * 1024;
    /** Most characters kept of one cell or paragraph (Excel's cell limit, for one rule across formats). */
    private static final int MAX_TEXT = 32_767;

    private final XlsxLimits limits;

    DocxFileReader(XlsxLimits limits) {
        this.limits = limits;
    }

    DocxBody read(Path file) throws UnreadableWorkbookException {
        try {
            new XlsxGridReader(limits).guard(file);
            scanXmlParts(file);
            return readDocument(file);
        } catch (UnreadableWorkbookException e) {
            // the shared guard names an OLE2 file as an old workbook; under a .docx name it is an old Word document
            throw e.code().equals("xls") ? new UnreadableWorkbookException("doc") : e;
        } catch (Exception e) {
            throw new UnreadableWorkbookException("corrupt");
        }
    }

    /** Every XML part is read once through the DOCTYPE guard and held to the DOM limit before XWPF parses any. */
    private static void scanXmlParts(Path file) throws Exception {
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
                if (entry.isDirectory() || !(name.endsWith(".xml") || name.endsWith(".rels"))) {
                    continue;
                }
                long read = 0;
                try (InputStream in = new XlsxGridReader.DoctypeGuard(zip.getInputStream(entry))) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        read += n;
                        if (read > MAX_DOM_PART) {
                            throw new UnreadableWorkbookException("entryTooLarge", entry.getName(), Sizes.format(MAX_DOM_PART));
                        }
                    }
                } catch (XlsxGridReader.DoctypeGuard.Found e) {
                    throw new UnreadableWorkbookException("doctype");
                }
            }
        }
    }

    private DocxBody readDocument(Path file) throws Exception {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new UnreadableWorkbookException("notDocx");
        }
        try {
            String type = XlsxGridReader.mainContentType(pkg);
            if (type.contains("spreadsheetml") || type.contains("ms-excel")) {
                throw new UnreadableWorkbookException("xlsxAsDocx");
            }
            if (!type.contains("wordprocessingml.document") && !type.contains("wordprocessingml.template")
                    && !type.contains("ms-word.document") && !type.contains("ms-word.template")) {
                throw new UnreadableWorkbookException("notDocx");
            }
            XWPFDocument doc;
            try {
                doc = new XWPFDocument(pkg);
            } catch (Exception e) {
                throw new UnreadableWorkbookException("corrupt");
            }
            List<DocxBody.Block> blocks = new ArrayList<>();
            int[] counts = {0, 0}; // tables, rows
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    blocks.add(new DocxBody.Paragraph(cap(p.getText())));
                } else if (element instanceof XWPFTable t) {
                    blocks.add(table(t, ++counts[0], counts));
                } else if (element instanceof XWPFSDT sdt) {
                    blocks.add(new DocxBody.Paragraph(cap(sdt.getContent().getText())));
                }
            }
            return new DocxBody(blocks);
        } finally {
            pkg.revert();
        }
    }

    private DocxBody.Table table(XWPFTable table, int number, int[] counts) throws UnreadableWorkbookException {
        List<List<DocxBody.Cell>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            if (++counts[1] > limits.maxRows()) {
                throw new UnreadableWorkbookException("tooManyRows", limits.maxRows());
            }
            List<DocxBody.Cell> cells = new ArrayList<>();
            int grid = gridBefore(row);
            int index = 0;
            for (ICell icell : row.getTableICells()) {
                if (index >= SheetGrid.MAX_COLUMNS) {
                    break;
                }
                String text;
                int span = 1;
                boolean continued = false;
                if (icell instanceof XWPFTableCell cell) {
                    text = cellText(cell);
                    CTTcPr pr = cell.getCTTc().getTcPr();
                    if (pr != null) {
                        span = span(pr.getGridSpan());
                        CTVMerge merge = pr.getVMerge();
                        // <w:vMerge/> without a value continues the merge above; "restart" begins one
                        continued = merge != null && (merge.getVal() == null || merge.getVal() == STMerge.CONTINUE);
                    }
                } else if (icell instanceof XWPFSDTCell sdt) {
                    text = cap(sdt.getContent().getText());
                } else {
                    text = "";
                }
                cells.add(new DocxBody.Cell(continued ? "" : text, index++, grid, grid + span - 1, continued));
                grid += span;
            }
            rows.add(cells);
        }
        return new DocxBody.Table(number, rows);
    }

    /** The paragraphs of a cell joined by line breaks; a nested table contributes its text too. */
    private static String cellText(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : cell.getBodyElements()) {
            String part;
            if (element instanceof XWPFParagraph p) {
                part = p.getText();
            } else if (element instanceof XWPFTable t) {
                part = t.getText();
            } else {
                continue;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(part);
            if (text.length() > MAX_TEXT) {
                break;
            }
        }
        return cap(text.toString());
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        return Math.min(span(pr.getGridBeforeArray(0)) , SheetGrid.MAX_COLUMNS);
    }

    private static int span(CTDecimalNumber number) {
        if (number == null || number.getVal() == null) {
            return 1;
        }
        BigInteger value = number.getVal();
        return value.signum() <= 0 || value.compareTo(BigInteger.valueOf(SheetGrid.MAX_COLUMNS)) > 0 ? 1 : value.intValue();
    }

    private static String cap(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }
}
