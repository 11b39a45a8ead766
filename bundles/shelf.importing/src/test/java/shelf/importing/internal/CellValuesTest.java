package shelf.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.media.MediaRoots;

/** The cell shapes CellValues reads without a regex read exactly as the patterns say. */
class CellValuesTest {
    private static final Path FOLDER = Path.of("/data/商品");

    @Test
    void pricesAreTakenAsWrittenWithOrWithoutDecorations() {
        assertEquals("129.00/2", text(CellValues.price("129.00")));
        assertEquals("12.5/1", text(CellValues.price("12.5")));
        assertEquals("0.5/1", text(CellValues.price(".5")));
        assertEquals("1200.50/2", text(CellValues.price("¥1,200.50")));
        assertEquals("12/0", text(CellValues.price(" 12元 ")));
        assertEquals("'5.' is not a price — write a number such as 12.50",
                assertThrows(CellProblem.class, () -> CellValues.price("5.")).getMessage());
        for (String foreign : new String[] {"$1148.00", "$1,148.00", "US$12.00", "€9.90", "12.00 USD", "JP¥1200"}) {
            assertEquals("'" + foreign + "' is a price in another currency (" + foreign.replaceAll("[0-9., ]", "")
                    + ") — prices are in yuan: convert it and write the amount in yuan, such as 12.50",
                    assertThrows(CellProblem.class, () -> CellValues.price(foreign)).getMessage());
        }
        assertEquals("'12,5' is not a price — write 12.50",
                assertThrows(CellProblem.class, () -> CellValues.price("12,5")).getMessage());
        assertEquals("'12.505' has more than 2 decimals — a price is in yuan and fen: write 12.51",
                assertThrows(CellProblem.class, () -> CellValues.price("12.505")).getMessage());
        assertThrows(CellProblem.class, () -> CellValues.price("１２")); // full-width digits are not taken
    }

    @Test
    void stockWeightAndHours() {
        assertEquals(25, CellValues.stock("25"));
        assertEquals(12, CellValues.stock("0012"));
        assertEquals(1200, CellValues.stock("1,200"));
        assertEquals(12, CellValues.stock("12.00"));
        assertThrows(CellProblem.class, () -> CellValues.stock("2147483648"));
        assertEquals("0.35/2", text(CellValues.weightKg("0.35")));
        assertEquals("0.350/3", text(CellValues.weightKg("350g")));
        assertEquals(48, CellValues.hours("48"));
        assertEquals(48, CellValues.hours("2天"));
        assertThrows(CellProblem.class, () -> CellValues.hours("1234567"));
    }

    @Test
    void barcodesKeepTheirDigitsAndShortenedOnesAreRefused() {
        assertEquals("6901234567892", CellValues.barcode(" 6901234567892 "));
        assertEquals("ABE-1", CellValues.barcode("ABE-1"));
        assertThrows(CellProblem.class, () -> CellValues.barcode("6.9E+12"));
    }

    @Test
    void categoriesListsAndTags() {
        assertEquals("服装/男装/T恤", CellValues.category("服装 › 男装 > > T恤"));
        assertEquals("服装/男装/T恤", CellValues.category("服装／男装\\T恤"));
        assertEquals("a/b/c", CellValues.category("a>b>c"));
        assertEquals(List.of("a.jpg", "b.jpg", "c.jpg"), CellValues.list(" a.jpg ;b.jpg；\n\nc.jpg;"));
        assertEquals(List.of("新品", "热销", "爆款", "夏"), CellValues.tags("新品,热销、爆款，夏"));
    }

    @Test
    void urlsStayAsWrittenAndPathsResolveAgainstTheFilesFolder() {
        assertEquals("https://img.example/a.jpg", CellValues.media(" https://img.example/a.jpg", FOLDER));
        assertEquals("a+b.c-d://x", CellValues.media("a+b.c-d://x", FOLDER));
        assertEquals("data:image/png;base64,AAAA", CellValues.media("data:image/png;base64,AAAA", FOLDER));
        assertEquals(FOLDER.resolve("images/a.jpg").toAbsolutePath().toString(), CellValues.media("images/a.jpg", FOLDER));
        assertEquals(FOLDER.resolve("1ab:/x").toAbsolutePath().normalize().toString(), CellValues.media("1ab://x", FOLDER));
        // as in the pattern, a URL does not span lines: this one is taken as a path
        assertEquals(FOLDER.resolve("http:/x\ny").toAbsolutePath().normalize().toString(),
                CellValues.media("http://x\ny", FOLDER));
    }

    @Test
    void aMediaPathOutOfTheSpreadsheetsFolderIsRefusedUnlessUnderAMediaRoot(@TempDir Path home) throws Exception {
        Path desk = Files.createDirectories(home.resolve("desk"));
        Path secret = Files.writeString(home.resolve("secret.png"), "x");
        String remedy = " — media files are read only from the spreadsheet's folder; to allow another folder add it to"
                + " shelf.media.roots in etc/shelf.properties";

        assertEquals("'../secret.png' is outside the spreadsheet's folder " + desk + remedy,
                assertThrows(CellProblem.class, () -> CellValues.media("../secret.png", desk)).getMessage());
        assertEquals("'/etc/passwd' is outside the spreadsheet's folder " + desk + remedy,
                assertThrows(CellProblem.class, () -> CellValues.media("/etc/passwd", desk)).getMessage());
        Files.createSymbolicLink(desk.resolve("photo.png"), secret);
        assertEquals("'photo.png' leads out of the spreadsheet's folder " + desk + " through a symbolic link (to "
                + secret.toRealPath() + ")" + remedy,
                assertThrows(CellProblem.class, () -> CellValues.media("photo.png", desk)).getMessage());

        MediaRoots roots = MediaRoots.parse(" /srv/none , " + home);
        assertEquals(secret.toString(), CellValues.media("../secret.png", desk, roots));
        assertEquals(desk.resolve("photo.png").toString(), CellValues.media("photo.png", desk, roots));
        assertEquals(desk.resolve("sub/a.png").toString(), CellValues.media("sub/../sub/a.png", desk),
                "a path that stays in the folder is taken, even before the file is there");
        assertEquals("https://img.example/../a.jpg", CellValues.media("https://img.example/../a.jpg", desk));
    }

    private static String text(BigDecimal value) {
        return value.toPlainString() + "/" + value.scale();
    }
}
