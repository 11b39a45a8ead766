package shelf.importer.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import shelf.api.importer.ImportException;
import shelf.api.importer.ReadOptions;

/** Each file a merchant should never send, and the sentence the operator reads about it. */
class XlsxBadInputTest {
    private static final String BILLION_LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";

    @TempDir
    Path dir;

    private final XlsxImporter importer = new XlsxImporter();

    private ImportException failure(Path file) {
        return failure(file, ReadOptions.defaults());
    }

    private ImportException failure(Path file, ReadOptions options) {
        return assertThrows(ImportException.class, () -> importer.read(file, options, new RecordingSink()));
    }

    private byte[] goodWorkbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            for (int r = 0; r < 2000; r++) {
                wb.getSheetAt(wb.getNumberOfSheets() == 0 ? wb.getSheetIndex(wb.createSheet("商品")) : 0)
                        .createRow(r).createCell(0).setCellValue("纯棉T恤 " + r);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aTruncatedFileIsDamaged() throws Exception {
        byte[] whole = goodWorkbook();
        Path file = Files.write(dir.resolve("半个.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        assertEquals("半个.xlsx: the file is damaged or incomplete and cannot be read as an Excel workbook: it ends before"
                + " its last part, as a file does that was not copied or downloaded whole — open it in Excel and save it"
                + " again, or ask for the file again", failure(file).getMessage());
    }

    @Test
    void aZipHoldingAPartTwiceIsTold() throws Exception {
        // part names ignore case in a package: Sheet1.xml is a second sheet1.xml
        Path file = new HandWrittenWorkbook().sheet("商品", "<row r=\"1\"><c><v>1</v></c></row>", "")
                .extraEntry("xl/worksheets/Sheet1.xml", "<worksheet/>").write(dir, "两份.xlsx");
        assertEquals("两份.xlsx: the file holds the data of a sheet twice (two entries named xl/worksheets/Sheet1.xml"
                + " in the zip), so which one is the workbook cannot be told — a spreadsheet program never saves such"
                + " a file, a zip tool or another program changed it; ask for the workbook again as Excel or WPS saved it",
                failure(file).getMessage());
    }

    @Test
    void aSheetThatBreaksOffIsNamed() throws Exception {
        Path file = new HandWrittenWorkbook().rawSheet("商品", "<?xml version=\"1.0\"?><worksheet xmlns=\""
                + HandWrittenWorkbook.MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A")
                .write(dir, "断了.xlsx");
        assertEquals("断了.xlsx: the file is damaged or incomplete and cannot be read as an Excel workbook: the data of"
                + " sheet 商品 breaks off in the middle — open it in Excel and save it again, or ask for the file again",
                failure(file).getMessage());
    }

    @Test
    void aGarbledCharacterInTheSharedTextIsTold() throws Exception {
        Path file = new HandWrittenWorkbook().sheet("商品", "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>", "")
                .sharedStrings("<si><t>&#xZZ;</t></si>").write(dir, "乱码.xlsx");
        assertEquals("乱码.xlsx: the file is damaged or incomplete and cannot be read as an Excel workbook: the data of"
                + " the workbook's text (its shared strings) is garbled: it has a character code '&#xZZ;' that is no"
                + " number — open it in Excel and save it again, or ask for the file again", failure(file).getMessage());
    }

    @Test
    void aBrokenListOfSheetsIsTold() throws Exception {
        Path file = new HandWrittenWorkbook().sheet("商品", "<row r=\"1\"><c><v>1</v></c></row>", "")
                .workbookPrefix("<oops").write(dir, "目录坏了.xlsx");
        assertEquals("目录坏了.xlsx: the file is damaged or incomplete and cannot be read as an Excel workbook: its"
                + " contents are not laid out as a spreadsheet program saves a workbook — open it in Excel and save it"
                + " again, or ask for the file again", failure(file).getMessage());
    }

    @Test
    void aFolderNamedLikeAWorkbookIsTold() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("商品.xlsx"));
        assertEquals("商品.xlsx: the file cannot be read from the disk — check that it is a file, not a folder, and that"
                + " it is not still being copied", failure(folder).getMessage());
    }

    @Test
    void randomBytesAreNoWorkbook() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 1;
        Path file = Files.write(dir.resolve("noise.xlsx"), noise);
        assertEquals("noise.xlsx: the file is not an Excel workbook (.xlsx): it is neither a zip package nor text"
                + " — check that this is the right file", failure(file).getMessage());
    }

    @Test
    void aCsvRenamedIsTold() throws Exception {
        Path file = Files.write(dir.resolve("export.xlsx"), "商品编码,商品标题\nSPU1,T恤\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("export.xlsx: the file is plain text (perhaps CSV) named .xlsx, not an Excel workbook"
                + " — rename it to .csv to import it as CSV, or open it in Excel and save it as .xlsx", failure(file).getMessage());
    }

    @Test
    void anOldXlsIsTold() throws Exception {
        Path file = dir.resolve("old.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "Workbook");
            fs.writeFilesystem(out);
        }
        assertEquals("old.xlsx: the file is an old Excel 97–2003 workbook (.xls), not .xlsx — open it in Excel or WPS"
                + " and save it as an Excel workbook (.xlsx)", failure(file).getMessage());
    }

    @Test
    void aPasswordProtectedWorkbookIsTold() throws Exception {
        Path file = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                encrypted.write(goodWorkbook());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals("加密.xlsx: the workbook is password-protected — open it in Excel, remove the password"
                + " (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, clear it) and save it again without a password",
                failure(file).getMessage());
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        // 40 MB of rows that deflate to a few kilobytes: far below POI's minimum inflate ratio
        String rows = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>".repeat(1_000_000);
        Path file = new HandWrittenWorkbook().sheet("bomb", rows, "").write(dir, "bomb.xlsx");
        assertTrue(Files.size(file) < 1_000_000);
        String message = failure(file).getMessage();
        assertTrue(message.startsWith("bomb.xlsx: refused: the file expands to far more than its size (a zip bomb)"), message);
    }

    @ParameterizedTest(name = "a DOCTYPE in the {0} part is refused")
    @ValueSource(strings = {"sheet", "sharedStrings", "workbook", "styles"})
    void entityExpansionIsRefusedInEveryPart(String part) throws Exception {
        String m = HandWrittenWorkbook.MAIN;
        HandWrittenWorkbook workbook = new HandWrittenWorkbook()
                .sheet("s", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", "")
                .sharedStrings("<si><t>ok</t></si>");
        switch (part) {
            case "sheet" -> workbook.rawSheet("s", "<?xml version=\"1.0\"?>" + BILLION_LAUGHS + "<worksheet xmlns=\"" + m
                    + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>");
            case "sharedStrings" -> workbook.rawSharedStrings("<?xml version=\"1.0\"?>" + BILLION_LAUGHS
                    + "<sst xmlns=\"" + m + "\"><si><t>&lol3;</t></si></sst>");
            case "workbook" -> workbook.workbookPrefix(BILLION_LAUGHS);
            default -> workbook.styles(HandWrittenWorkbook.STYLES.replace("<styleSheet", BILLION_LAUGHS + "<styleSheet"));
        }
        Path file = workbook.write(dir, "lol.xlsx");
        String message = failure(file).getMessage();
        assertTrue(message.startsWith("lol.xlsx: refused: a part of the workbook declares a DOCTYPE or XML entities,"
                + " which Excel never writes"), message);
    }

    @Test
    void aRowWiderThanTheLimitIsNamed() throws Exception {
        StringBuilder wide = new StringBuilder("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"7\">");
        for (int c = 0; c < 10_000; c++) {
            wide.append("<c><v>").append(c).append("</v></c>");
        }
        Path file = new HandWrittenWorkbook().sheet("商品", wide.append("</row>").toString(), "").write(dir, "wide.xlsx");
        assertEquals("wide.xlsx row 7: sheet 商品 has cells past column AMJ in this row; at most 1024 columns are read"
                + " — delete the extra columns, or check that this is the right file", failure(file).getMessage());
    }

    @Test
    void formattedEmptyCellsToTheLastColumnDoNotMakeARowTooWide() throws Exception {
        // whole-row formatting, as Excel writes it: a styled, empty cell in every column out to XFD
        StringBuilder formatted = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>商品编码</t></is></c>");
        for (int c = 2; c <= 16_384; c++) {
            formatted.append("<c r=\"").append(org.apache.poi.ss.util.CellReference.convertNumToColString(c - 1)).append("1\" s=\"1\"/>");
        }
        formatted.append("</row><row r=\"2\"><c r=\"A2\"><v>7</v></c><c r=\"XFD2\" s=\"1\"><v></v></c></row>");
        Path file = new HandWrittenWorkbook().sheet("商品", formatted.toString(), "").write(dir, "formatted.xlsx");
        RecordingSink sink = new RecordingSink();
        importer.read(file, ReadOptions.defaults(), sink);
        assertEquals(List.of("商品!1: 商品编码", "商品!2: 7"), sink.rows);
    }

    @Test
    void aZipThatIsNoWorkbookIsTold() throws Exception {
        Path file = dir.resolve("photos.xlsx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
            zip.write("hello".getBytes(StandardCharsets.US_ASCII));
        }
        String message = failure(file).getMessage();
        assertTrue(message.startsWith("photos.xlsx: the file is a zip archive but not an Excel workbook"), message);
    }

    @Test
    void aMissingFileIsTold() {
        assertEquals("gone.xlsx: the file does not exist", failure(dir.resolve("gone.xlsx")).getMessage());
    }
}
