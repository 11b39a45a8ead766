package shelf.backup.internal.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.CatalogException;

class H2FileTest {
    @TempDir
    Path folder;

    @Test
    void aPathThatWouldCarryH2SettingsIsRefusedBeforeH2SeesIt() throws Exception {
        Path file = Files.createFile(folder.resolve("catalog;INIT=RUNSCRIPT FROM 'evil.sql'.mv.db"));
        CatalogException refused = assertThrows(CatalogException.class, () -> H2File.open(file));
        assertEquals("The path of the H2 catalogue " + file + " holds a ';', which H2 would read as a setting: move "
                + "or rename the file and copy again; nothing was copied", refused.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = folder.resolve("catalog.mv.db");
        CatalogException refused = assertThrows(CatalogException.class, () -> H2File.open(file));
        assertEquals("There is no H2 catalogue " + file + ": name the catalog.mv.db of the Shelf home to copy (by "
                + "default this home's data/catalog.mv.db); nothing was copied", refused.getMessage());
    }
}
