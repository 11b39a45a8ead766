package shelf.core.internal.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.CatalogException;

class DatabaseSettingsTest {
    @TempDir
    Path etc;

    @Test
    void withoutTheFileTheCatalogueIsTheH2File() throws Exception {
        assertTrue(DatabaseSettings.read(etc).isEmpty());
    }

    @Test
    void theUrlUserPasswordAndPoolSizeAreRead() throws Exception {
        Path file = settings("# the team's catalogue\nurl = jdbc:postgresql://db.example.com:5432/shelf?sslmode=require\n"
                + "user = shelf\npassword = pa=ss\npool-size = 4\n", "rw-------");
        DatabaseSettings read = DatabaseSettings.read(etc).orElseThrow();
        assertEquals(new DatabaseSettings(file, "jdbc:postgresql://db.example.com:5432/shelf?sslmode=require", "shelf", "pa=ss", 4), read);
        assertEquals("postgresql://db.example.com:5432/shelf", read.where());
        assertTrue(!read.toString().contains("pa=ss"), read.toString());
    }

    @Test
    void aFileOthersMayReadIsRefused() throws Exception {
        Path file = settings("url = jdbc:postgresql://localhost/shelf\npassword = secret\n", "rw-r--r--");
        CatalogException refused = assertThrows(CatalogException.class, () -> DatabaseSettings.read(etc));
        assertEquals(file + " holds the catalogue's database password and other users of this machine may read it: "
                + "run chmod 600 " + file + " and start Shelf again", refused.getMessage());
    }

    @Test
    void aMisspeltKeyIsRefusedNamingItsLine() throws Exception {
        Path file = settings("url = jdbc:postgresql://localhost/shelf\nuser = shelf\n\npasword = secret\n", "rw-------");
        CatalogException refused = assertThrows(CatalogException.class, () -> DatabaseSettings.read(etc));
        assertEquals(file + " line 4: 'pasword' is not a setting of the catalogue's database; write one of url, user, "
                + "password, pool-size as key = value", refused.getMessage());
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefused() throws Exception {
        Path file = settings("url = jdbc:mysql://localhost/shelf\n", "rw-------");
        CatalogException refused = assertThrows(CatalogException.class, () -> DatabaseSettings.read(etc));
        assertEquals(file + " line 1: the url must name a PostgreSQL database, as jdbc:postgresql://HOST:PORT/DATABASE "
                + "(it is 'jdbc:mysql://localhost/shelf')", refused.getMessage());
    }

    private Path settings(String text, String permissions) throws Exception {
        Path file = etc.resolve("database.properties");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
