package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationFolderTest {
    @TempDir
    Path folder;

    @Test
    void aHomeFromBeforeKeepsTheConfigurationsConfigurationAdminKeptInTheCache() throws Exception {
        ShelfHome home = new ShelfHome(folder.resolve("home")).create();
        Path other = Files.createDirectories(home.cache().resolve("bundle3/data/config/other"));
        Files.writeString(home.cache().resolve("bundle3/bundle.info"), "3\nreference:file:/dist/system/shelf/shelf.web.jar\n");
        Files.writeString(other.resolve("x.config"), "not Configuration Admin's");
        Path web = Files.createDirectories(home.cache().resolve("bundle12/data/config/shelf"));
        Files.writeString(home.cache().resolve("bundle12/bundle.info"), "12\nreference:file:/old-dist/system/org/apache/felix/"
                + "org.apache.felix.configadmin/1.9.26/org.apache.felix.configadmin-1.9.26.jar\n32\n1\n");
        Files.writeString(web.resolve("web.config"), "port=I\"18181\"\n");

        ConfigurationFolder.takeOutOfCache(home);

        Path kept = ConfigurationFolder.of(home);
        assertEquals("port=I\"18181\"\n", Files.readString(kept.resolve("shelf/web.config")));
        assertFalse(Files.exists(kept.resolve("other")));
        assertEquals(kept.toString(), FrameworkProperties.of(home, new Distribution(folder.resolve("dist")), false)
                .get(ConfigurationFolder.PROPERTY));

        // from then on the home's own folder is Configuration Admin's: the cache's is not copied again
        Files.writeString(web.resolve("web.config"), "port=I\"9999\"\n");
        ConfigurationFolder.takeOutOfCache(home);
        assertEquals("port=I\"18181\"\n", Files.readString(kept.resolve("shelf/web.config")));
    }

    @Test
    void aNewHomeGetsNoFolderUntilConfigurationAdminWritesOne() throws Exception {
        ShelfHome home = new ShelfHome(folder.resolve("new")).create();
        ConfigurationFolder.takeOutOfCache(home);
        assertFalse(Files.exists(ConfigurationFolder.of(home)));
    }
}
