package shelf.importer.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import shelf.api.importer.ImportException;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;

/**
 * One read of one opened workbook of XML parts, ordinary or Strict: POI's sheet iterator finds the
 * sheets in order (parsing the workbook part with POI's hardened XML settings, see {@link SheetList});
 * the styles, shared strings and sheets are read by this bundle's own scanner, which refuses DTDs as
 * POI does.
 */
final class WorkbookReader {
    private static final byte[] WORKBOOK_PR = "workbookPr".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATE_1904 = "date1904".getBytes(StandardCharsets.US_ASCII);

    private record Sheet(String name, PackagePart part) {
    }

    private final Path file;
    private final OPCPackage pkg;
    private final PackagePart workbookPart;
    private final ReadOptions options;
    private final RowSink sink;

    WorkbookReader(Path file, OPCPackage pkg, PackagePart workbookPart, ReadOptions options, RowSink sink) {
        this.file = file;
        this.pkg = pkg;
        this.workbookPart = workbookPart;
        this.options = options;
        this.sink = sink;
    }

    void read() throws IOException, OpenXML4JException, ImportException {
        List<Sheet> sheets = SheetChoice.chosen(file, sheets(), Sheet::name, options.sheet());
        // the first sheet's merged cells are looked for while the strings and styles are read
        Future<MergedCells> merged = sheets.isEmpty() ? null : mergedCellsAhead(sheets.get(0));
        try {
            WorkbookContext workbook = new WorkbookContext(file, sharedStrings(), numberStyles(),
                    date1904(), options.maxColumns());
            CellText text = new CellText(workbook, sink);
            Progress progress = new Progress(sink, totalSize(sheets));
            for (int i = 0; i < sheets.size(); i++) {
                Sheet sheet = sheets.get(i);
                if (sink.startSheet(sheet.name())) {
                    try (InputStream in = sheet.part().getInputStream()) {
                        XmlScanner xml = new XmlScanner(in, partName(sheet));
                        RowOutput output = new RowOutput(sink, merged, options.maxColumns());
                        if (!new SheetReader(workbook, sheet.name(), text).read(xml, output, progress)) {
                            return;
                        }
                    } catch (MalformedXmlException e) {
                        throw FailureMessages.damagedSheet(file, sheet.name(), e);
                    }
                }
                progress.sheetDone(Math.max(sheet.part().getSize(), 0));
                merged.cancel(true);
                merged = i + 1 < sheets.size() ? mergedCellsAhead(sheets.get(i + 1)) : null;
            }
        } finally {
            if (merged != null) {
                merged.cancel(true);
            }
        }
    }

    /** Merged regions are listed after the rows: a pass of their own finds them, on another thread. */
    private static Future<MergedCells> mergedCellsAhead(Sheet sheet) {
        FutureTask<MergedCells> task = new FutureTask<>(() -> {
            try (InputStream in = sheet.part().getInputStream()) {
                return MergedCells.read(in, partName(sheet));
            }
        });
        Thread thread = new Thread(task, "shelf-xlsx-merged-cells");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private static long totalSize(List<Sheet> sheets) {
        long total = 0;
        for (Sheet sheet : sheets) {
            total += Math.max(sheet.part().getSize(), 0);
        }
        return total;
    }

    private List<Sheet> sheets() throws IOException, OpenXML4JException {
        List<Sheet> sheets = new ArrayList<>();
        SheetList list = new SheetList(workbookPart);
        while (list.hasNext()) {
            list.next().close();
            sheets.add(new Sheet(list.getSheetName(), list.getSheetPart()));
        }
        return sheets;
    }

    private SharedStrings sharedStrings() throws IOException, OpenXML4JException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return SharedStrings.NONE;
        }
        PackagePart part = parts.get(0);
        try (InputStream in = part.getInputStream()) {
            // a quarter of the heap at most: the rows being imported need the rest
            return SharedStrings.read(in, part.getPartName().getName(), Runtime.getRuntime().maxMemory() / 4);
        }
    }

    private NumberStyle[] numberStyles() throws IOException, OpenXML4JException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return new NumberStyle[0];
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return StylesPart.read(in, parts.get(0).getPartName().getName());
        }
    }

    /** Workbooks from old Mac Excel count dates from 1904; the flag sits on workbookPr. */
    private boolean date1904() throws IOException {
        try (InputStream in = workbookPart.getInputStream()) {
            XmlScanner xml = new XmlScanner(in, workbookPart.getPartName().getName());
            for (int event = xml.next(); event != XmlScanner.EOF; event = xml.next()) {
                if (event == XmlScanner.START && xml.is(WORKBOOK_PR)) {
                    if (!xml.attribute(DATE_1904)) {
                        return false;
                    }
                    String value = xml.attributeValue();
                    return value.equals("1") || value.equalsIgnoreCase("true");
                }
            }
        }
        return false;
    }

    private static String partName(Sheet sheet) {
        return sheet.part().getPartName().getName();
    }
}
