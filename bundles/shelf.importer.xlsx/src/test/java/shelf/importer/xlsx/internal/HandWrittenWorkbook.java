package shelf.importer.xlsx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx zipped from XML written in the test, for what POI's writer never produces: inline strings
 * as openpyxl writes them, phonetic runs, prefixed elements, DOCTYPEs, hostile sizes.
 */
final class HandWrittenWorkbook {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** Styles: 0 General, 1 "0.00", 2 built-in 14 (a date), 3 "yyyy-mm-dd hh:mm". */
    static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.00\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"yyyy-mm-dd hh:mm\"/></numFmts>"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs></styleSheet>";

    private final Map<String, String> sheets = new LinkedHashMap<>();
    private String sharedStrings;
    private String styles = STYLES;
    private String workbookPrefix = "";
    private boolean strict;
    private final Map<String, String> extraEntries = new LinkedHashMap<>();

    /** A sheet whose sheetData holds the given rows; {@code after} follows sheetData (mergeCells…). */
    HandWrittenWorkbook sheet(String name, String rows, String after) {
        sheets.put(name, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData>" + after + "</worksheet>");
        return this;
    }

    /** A sheet part written whole, for prefixes and hostile content. */
    HandWrittenWorkbook rawSheet(String name, String xml) {
        sheets.put(name, xml);
        return this;
    }

    HandWrittenWorkbook sharedStrings(String items) {
        sharedStrings = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"" + MAIN + "\">" + items + "</sst>";
        return this;
    }

    HandWrittenWorkbook rawSharedStrings(String xml) {
        sharedStrings = xml;
        return this;
    }

    HandWrittenWorkbook styles(String xml) {
        styles = xml;
        return this;
    }

    /** Put before the workbook part's root element (a DOCTYPE, say). */
    HandWrittenWorkbook workbookPrefix(String text) {
        workbookPrefix = text;
        return this;
    }

    /**
     * Saved as Excel saves "Strict Open XML Spreadsheet": the same parts, with the Strict namespaces
     * and relationship types (http://purl.oclc.org/ooxml/…) in place of the ordinary ones, as in
     * Excel's own Strict files (POI's test data has some: the content types and the package's
     * relationship namespace stay as they are).
     */
    HandWrittenWorkbook strict() {
        strict = true;
        return this;
    }

    /** One more zip entry, written after the parts (another copy of a part, say). */
    HandWrittenWorkbook extraEntry(String name, String content) {
        extraEntries.put(name, content);
        return this;
    }

    Path write(Path dir, String fileName) {
        try {
            Path file = dir.resolve(fileName);
            Files.write(file, bytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() throws IOException {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + workbookPrefix
                + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<workbookPr/><sheets>");
        int n = 0;
        for (String name : sheets.keySet()) {
            n++;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            rels.append("<Relationship Id=\"rId").append(n)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(n).append(".xml\"/>");
            workbook.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append("\"/>");
        }
        if (sharedStrings != null) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.append("<Relationship Id=\"rIdStrings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        workbook.append("</sheets></workbook>");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", types.toString());
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", workbook.toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
            put(zip, "xl/styles.xml", styles);
            if (sharedStrings != null) {
                put(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            n = 0;
            for (String xml : sheets.values()) {
                put(zip, "xl/worksheets/sheet" + ++n + ".xml", xml);
            }
            for (Map.Entry<String, String> extra : extraEntries.entrySet()) {
                put(zip, extra.getKey(), extra.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private void put(ZipOutputStream zip, String name, String content) throws IOException {
        if (strict && !name.equals("[Content_Types].xml")) {
            content = content.replace(MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main")
                    .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                            "http://purl.oclc.org/ooxml/officeDocument/relationships")
                    .replace("<workbook ", "<workbook conformance=\"strict\" ");
        }
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
