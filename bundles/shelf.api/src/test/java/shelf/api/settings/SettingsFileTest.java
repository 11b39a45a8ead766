package shelf.api.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    @TempDir
    Path etc;

    @Test
    void readsKeysAndTellsWhereEachIsSet() throws Exception {
        Path file = Files.writeString(etc.resolve("x.properties"), "# comment\n\n  url = jdbc:x:1 \nuser=张三\n");
        SettingsFile settings = SettingsFile.read(file, List.of("url", "user", "password"), "is unknown").orElseThrow();
        assertEquals("jdbc:x:1", settings.value("url").orElseThrow());
        assertEquals("张三", settings.value("user").orElseThrow());
        assertTrue(settings.value("password").isEmpty());
        assertEquals(file + " line 3", settings.where("url"));
        assertEquals(file.toString(), settings.where("password"));
    }

    @Test
    void noFileIsNoSettings() {
        assertTrue(SettingsFile.read(etc.resolve("missing.properties"), List.of("a"), "is unknown").isEmpty());
    }

    @Test
    void aMisspeltKeyOrALineWithoutEqualsIsRefusedWithFileAndLine() throws Exception {
        Path file = Files.writeString(etc.resolve("db.properties"), "url = x\npasword = secret\n");
        Exception refused = assertThrows(IllegalStateException.class,
                () -> SettingsFile.read(file, List.of("url", "password"), "is not a setting; write url or password"));
        assertEquals(file + " line 2: 'pasword' is not a setting; write url or password", refused.getMessage());
        Files.writeString(file, "url\n");
        refused = assertThrows(IllegalStateException.class, () -> SettingsFile.read(file, List.of("url"), "needs a value"));
        assertEquals(file + " line 1: 'url' needs a value", refused.getMessage());
    }
}
