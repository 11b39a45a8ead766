package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkPropertiesTest {

    @TempDir
    Path folder;

    @Test
    void contractPropertiesThenDistributionThenHomeSettings() throws Exception {
        ShelfHome home = new ShelfHome(folder.resolve("home")).create();
        Distribution dist = new Distribution(Files.createDirectories(folder.resolve("dist/etc")).getParent());
        Files.writeString(dist.etc().resolve("shelf.properties"), "shelf.boot.feature=small-boot\ncolour=blue\n");
        Files.writeString(home.properties(), "colour = green\nshelf.repositories=/r1,/r2\n");

        Map<String, String> properties = FrameworkProperties.of(home, dist, false);

        assertEquals(home.root().toString(), properties.get("shelf.home"));
        assertEquals(dist.root().toString(), properties.get("shelf.dist"));
        assertEquals(home.root().resolve("data/shelf.sock").toString(), properties.get("shelf.socket"));
        assertEquals(home.root().resolve("data/cache").toString(), properties.get("org.osgi.framework.storage"));
        assertEquals("jdk.net,com.sun.net.httpserver", properties.get("org.osgi.framework.system.packages.extra"));
        assertEquals("small-boot", properties.get("shelf.boot.feature"));
        assertEquals("green", properties.get("colour"));
        assertEquals("/r1,/r2", properties.get("shelf.repositories"));
    }

    @Test
    void repositoriesDefaultToSystemThenTheLocalMavenRepository() {
        ShelfHome home = new ShelfHome(folder.resolve("home")).create();
        Distribution dist = new Distribution(folder.resolve("dist"));

        assertEquals(dist.system() + "," + Path.of(System.getProperty("user.home"), ".m2", "repository"),
                FrameworkProperties.of(home, dist, false).get("shelf.repositories"));
    }
}
