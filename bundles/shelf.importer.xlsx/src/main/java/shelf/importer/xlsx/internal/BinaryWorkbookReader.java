package shelf.importer.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.binary.XSSFBParser;
import org.apache.poi.xssf.binary.XSSFBSharedStringsTable;
import org.apache.poi.xssf.binary.XSSFBStylesTable;
import org.apache.poi.xssf.eventusermodel.XSSFBReader;
import org.xml.sax.SAXException;

import shelf.api.importer.ImportException;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;

/**
 * One read of an Excel binary workbook (.xlsb): the same zip package as an .xlsx, with binary records
 * where the .xlsx has XML. POI's {@link XSSFBReader} finds the sheets, strings and styles and its sheet
 * handler walks the records; the cells are shown as in an .xlsx, by this bundle's number display.
 */
final class BinaryWorkbookReader {
    /** MS-XLSB BrtWbProp, the workbook's properties; the lowest bit of its flags is f1904. */
    private static final int BRT_WB_PROP = 153;

    private record Sheet(String name, PackagePart part) {
    }

    private final Path file;
    private final OPCPackage pkg;
    private final ReadOptions options;
    private final RowSink sink;

    BinaryWorkbookReader(Path file, OPCPackage pkg, ReadOptions options, RowSink sink) {
        this.file = file;
        this.pkg = pkg;
        this.options = options;
        this.sink = sink;
    }

    void read() throws IOException, OpenXML4JException, ImportException {
        XSSFBReader reader = new XSSFBReader(pkg);
        List<Sheet> sheets = SheetChoice.chosen(file, sheets(reader), Sheet::name, options.sheet());
        XSSFBSharedStringsTable strings;
        try {
            strings = new XSSFBSharedStringsTable(pkg);
        } catch (SAXException e) {
            throw new IOException(e);
        }
        XSSFBStylesTable styles = reader.getXSSFBStylesTable();
        WorkbookContext workbook = new WorkbookContext(file, SharedStrings.NONE, new NumberStyle[0],
                date1904(reader), options.maxColumns());
        CellText text = new CellText(workbook, sink);
        long total = 0;
        for (Sheet sheet : sheets) {
            total += Math.max(sheet.part().getSize(), 0);
        }
        Progress progress = new Progress(sink, total);
        for (Sheet sheet : sheets) {
            if (sink.startSheet(sheet.name())) {
                try (InputStream in = sheet.part().getInputStream()) {
                    if (!new BinarySheetReader(workbook, sheet.name(), text, sink).read(in, styles, strings)) {
                        return;
                    }
                }
            }
            progress.sheetDone(Math.max(sheet.part().getSize(), 0));
        }
    }

    private static List<Sheet> sheets(XSSFBReader reader) throws IOException, OpenXML4JException {
        List<Sheet> sheets = new ArrayList<>();
        XSSFBReader.SheetIterator iterator = reader.getSheetIterator();
        while (iterator.hasNext()) {
            iterator.next().close();
            sheets.add(new Sheet(iterator.getSheetName(), iterator.getSheetPart()));
        }
        return sheets;
    }

    /** Workbooks from old Mac Excel count dates from 1904; POI's binary reader does not say, the workbook record does. */
    private static boolean date1904(XSSFBReader reader) throws IOException, OpenXML4JException {
        boolean[] date1904 = new boolean[1];
        try (InputStream in = reader.getWorkbookData()) {
            new XSSFBParser(in) {
                @Override
                public void handleRecord(int id, byte[] data) {
                    if (id == BRT_WB_PROP && data.length > 0) {
                        date1904[0] = (data[0] & 1) != 0;
                    }
                }
            }.parse();
        }
        return date1904[0];
    }
}
