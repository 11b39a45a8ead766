package shelf.importer.xlsx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An Excel binary workbook (.xlsb) written record by record in the test, laid out as [MS-XLSB] says
 * and as Excel saves one: a zip of binary parts (workbook.bin, sheetN.bin, sharedStrings.bin,
 * styles.bin). No library here writes .xlsb, so the test writes its own; LibreOffice reads what this
 * writes to the same cells (checked by hand with {@code soffice --headless --convert-to csv}).
 */
final class HandWrittenBinaryWorkbook {
    private final List<String> strings = new ArrayList<>();
    private final List<String> customFormats = new ArrayList<>();
    /** Each cell style's number format id; style 0 is General. */
    private final List<Integer> styles = new ArrayList<>(List.of(0));
    private final Map<String, Sheet> sheets = new LinkedHashMap<>();
    private boolean date1904;

    /** One sheet's rows, in order. */
    final class Sheet {
        private final ByteArrayOutputStream records = new ByteArrayOutputStream();

        /** Starts row {@code number} (1-based); the cells that follow belong to it. */
        Sheet row(int number) {
            record(records, 0, new Bytes().int32(number - 1).zeros(13).done()); // BrtRowHdr
            return this;
        }

        /** A text cell as Excel saves it: an index into the shared strings. */
        Sheet text(int column, String text) {
            int index = strings.indexOf(text);
            if (index < 0) {
                strings.add(text);
                index = strings.size() - 1;
            }
            record(records, 7, cell(column, 0).int32(index).done()); // BrtCellIsst
            return this;
        }

        /** A text cell stored in the cell itself. */
        Sheet inlineText(int column, String text) {
            record(records, 6, cell(column, 0).wide(text).done()); // BrtCellSt
            return this;
        }

        /** A text cell holding its own rich text (BrtCellRString), as some programs write it. */
        Sheet richText(int column, String text) {
            record(records, 62, cell(column, 0).int8(0).wide(text).done()); // BrtCellRString
            return this;
        }

        Sheet number(int column, double value, int style) {
            record(records, 5, cell(column, style).float64(value).done()); // BrtCellReal
            return this;
        }

        Sheet bool(int column, boolean value) {
            record(records, 4, cell(column, 0).int8(value ? 1 : 0).done()); // BrtCellBool
            return this;
        }

        /** An error cell; 0x07 is #DIV/0!. */
        Sheet error(int column, int code) {
            record(records, 3, cell(column, 0).int8(code).done()); // BrtCellError
            return this;
        }

        private Bytes cell(int column, int style) {
            return new Bytes().int32(column - 1).int24(style).int8(0);
        }
    }

    Sheet sheet(String name) {
        return sheets.computeIfAbsent(name, n -> new Sheet());
    }

    /** A cell style showing numbers with a built-in format id (14 is a date) or custom code; its index. */
    int style(String formatCode) {
        customFormats.add(formatCode);
        return style(163 + customFormats.size());
    }

    int style(int formatId) {
        styles.add(formatId);
        return styles.size() - 1;
    }

    HandWrittenBinaryWorkbook date1904() {
        date1904 = true;
        return this;
    }

    Path write(Path dir, String fileName) {
        try {
            return Files.write(dir.resolve(fileName), bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() throws IOException {
        String relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/>"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Override PartName=\"/xl/styles.bin\" ContentType=\"application/vnd.ms-excel.styles\"/>"
                + "<Override PartName=\"/xl/sharedStrings.bin\" ContentType=\"application/vnd.ms-excel.sharedStrings\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdStyles\" Type=\"" + relationships + "styles\" Target=\"styles.bin\"/>"
                + "<Relationship Id=\"rIdStrings\" Type=\"" + relationships + "sharedStrings\" Target=\"sharedStrings.bin\"/>");
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        record(workbook, 131, new byte[0]); // BrtBeginBook
        record(workbook, 153, new Bytes().int32(date1904 ? 1 : 0).int32(0).wide("").done()); // BrtWbProp
        record(workbook, 143, new byte[0]); // BrtBeginBundleShs
        int n = 0;
        for (String name : sheets.keySet()) {
            n++;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
                    .append(".bin\" ContentType=\"application/vnd.ms-excel.worksheet\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(relationships)
                    .append("worksheet\" Target=\"worksheets/sheet").append(n).append(".bin\"/>");
            record(workbook, 156, new Bytes().int32(0).int32(n).wide("rId" + n).wide(name).done()); // BrtBundleSh
        }
        record(workbook, 144, new byte[0]); // BrtEndBundleShs
        record(workbook, 132, new byte[0]); // BrtEndBook
        types.append("</Types>");
        rels.append("</Relationships>");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", types.toString().getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + relationships + "officeDocument\" Target=\"xl/workbook.bin\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            put(zip, "xl/workbook.bin", workbook.toByteArray());
            put(zip, "xl/_rels/workbook.bin.rels", rels.toString().getBytes(StandardCharsets.UTF_8));
            put(zip, "xl/styles.bin", stylesPart());
            put(zip, "xl/sharedStrings.bin", stringsPart());
            n = 0;
            for (Sheet sheet : sheets.values()) {
                ByteArrayOutputStream part = new ByteArrayOutputStream();
                record(part, 129, new byte[0]); // BrtBeginSheet
                record(part, 145, new byte[0]); // BrtBeginSheetData
                sheet.records.writeTo(part);
                record(part, 146, new byte[0]); // BrtEndSheetData
                record(part, 130, new byte[0]); // BrtEndSheet
                put(zip, "xl/worksheets/sheet" + ++n + ".bin", part.toByteArray());
            }
        }
        return bytes.toByteArray();
    }

    private byte[] stylesPart() {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        record(part, 278, new byte[0]); // BrtBeginStyleSheet
        record(part, 615, new Bytes().int32(customFormats.size()).done()); // BrtBeginFmts
        for (int i = 0; i < customFormats.size(); i++) {
            record(part, 44, new Bytes().int16(164 + i).wide(customFormats.get(i)).done()); // BrtFmt
        }
        record(part, 616, new byte[0]); // BrtEndFmts
        // one font (Calibri 11), fill and border, which every style uses, and the Normal style they derive from
        record(part, 611, new Bytes().int32(1).done()); // BrtBeginFonts
        record(part, 43, new Bytes().int16(220).int16(0).int16(400).int16(0).int8(0).int8(2).int8(0).int8(0)
                .int8(0x07).int8(1).int16(0).int32(0xFF000000).int8(2).wide("Calibri").done()); // BrtFont
        record(part, 612, new byte[0]); // BrtEndFonts
        record(part, 603, new Bytes().int32(1).done()); // BrtBeginFills
        record(part, 45, new Bytes().zeros(68).done()); // BrtFill: no pattern
        record(part, 604, new byte[0]); // BrtEndFills
        record(part, 613, new Bytes().int32(1).done()); // BrtBeginBorders
        record(part, 46, new Bytes().zeros(51).done()); // BrtBorder: none
        record(part, 614, new byte[0]); // BrtEndBorders
        record(part, 626, new Bytes().int32(1).done()); // BrtBeginCellStyleXFs
        record(part, 47, xf(0xFFFF, 0, 0));
        record(part, 627, new byte[0]); // BrtEndCellStyleXFs
        record(part, 617, new Bytes().int32(styles.size()).done()); // BrtBeginCellXFs
        for (int format : styles) {
            record(part, 47, xf(0, format, format == 0 ? 0 : 1));
        }
        record(part, 618, new byte[0]); // BrtEndCellXFs
        record(part, 619, new Bytes().int32(1).done()); // BrtBeginStyles
        record(part, 48, new Bytes().int32(0).int16(1).int8(0).int8(0xFF).wide("Normal").done()); // BrtStyle
        record(part, 620, new byte[0]); // BrtEndStyles
        record(part, 279, new byte[0]); // BrtEndStyleSheet
        return part.toByteArray();
    }

    /** BrtXF: parent, number format, font, fill, border, rotation, indent, alignment flags, which parts apply. */
    private static byte[] xf(int parent, int format, int applied) {
        return new Bytes().int16(parent).int16(format).int16(0).int16(0).int16(0).int8(0).int8(0).int16(0x1010)
                .int8(applied).int8(0).done();
    }

    private byte[] stringsPart() {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        record(part, 159, new Bytes().int32(strings.size()).int32(strings.size()).done()); // BrtBeginSst
        for (String text : strings) {
            record(part, 19, new Bytes().int8(0).wide(text).done()); // BrtSSTItem: flags, then the text
        }
        record(part, 160, new byte[0]); // BrtEndSst
        return part.toByteArray();
    }

    /** A record: its type and size as 7-bit groups (low first, high bit = more), then its data. */
    private static void record(ByteArrayOutputStream out, int type, byte[] data) {
        out.write(type < 0x80 ? type : (type & 0x7F) | 0x80);
        if (type >= 0x80) {
            out.write(type >> 7);
        }
        int size = data.length;
        do {
            int group = size & 0x7F;
            size >>>= 7;
            out.write(size > 0 ? group | 0x80 : group);
        } while (size > 0);
        out.writeBytes(data);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** Little-endian fields of a record. */
    private static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes int8(int value) {
            out.write(value);
            return this;
        }

        Bytes int16(int value) {
            return int8(value & 0xFF).int8(value >>> 8 & 0xFF);
        }

        Bytes int24(int value) {
            return int16(value & 0xFFFF).int8(value >>> 16 & 0xFF);
        }

        Bytes int32(int value) {
            return int16(value & 0xFFFF).int16(value >>> 16);
        }

        Bytes float64(double value) {
            long bits = Double.doubleToLongBits(value);
            return int32((int) bits).int32((int) (bits >>> 32));
        }

        /** XLWideString: a count of UTF-16 units, then the units. */
        Bytes wide(String text) {
            int32(text.length());
            out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
            return this;
        }

        Bytes zeros(int count) {
            out.writeBytes(new byte[count]);
            return this;
        }

        byte[] done() {
            return out.toByteArray();
        }
    }
}
