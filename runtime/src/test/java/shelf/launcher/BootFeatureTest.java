package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootFeatureTest {

    @TempDir
    Path folder;

    @Test
    void bundlesAreReadInOrderAndFoundInTheRepository() throws Exception {
        Path feature = Files.writeString(folder.resolve("small-boot.json"), """
                { "id": "shelf:small-boot:1.0.0",
                  "bundles": [ { "id": "org.osgi:org.osgi.util.function:1.2.0" },
                               { "id": "org.apache.felix:org.apache.felix.scr:2.2.12" } ] }
                """);
        Path repository = folder.resolve("system");
        Path function = Files.createDirectories(repository.resolve("org/osgi/org.osgi.util.function/1.2.0"))
                .resolve("org.osgi.util.function-1.2.0.jar");
        Path scr = Files.createDirectories(repository.resolve("org/apache/felix/org.apache.felix.scr/2.2.12"))
                .resolve("org.apache.felix.scr-2.2.12.jar");
        Files.writeString(function, "jar");
        Files.writeString(scr, "jar");

        assertEquals(List.of(function, scr), BootFeature.read(feature).jarsIn(repository));
    }

    @Test
    void aMissingJarIsNamedWithTheFix() throws Exception {
        Path feature = Files.writeString(folder.resolve("boot.json"),
                "{ \"bundles\": [ { \"id\": \"shelf:shelf.core:0.1.0\" } ] }");

        LaunchException missing = assertThrows(LaunchException.class,
                () -> BootFeature.read(feature).jarsIn(folder.resolve("system")));

        assertEquals("the boot bundle shelf:shelf.core:0.1.0 is missing from " + folder.resolve("system")
                + " — rebuild the distribution (mvn -B install)", missing.getMessage());
    }

    @Test
    void aBrokenFeatureFileIsNamed() throws Exception {
        Path feature = Files.writeString(folder.resolve("boot.json"), "{ \"bundles\": 7 }");

        String message = assertThrows(LaunchException.class, () -> BootFeature.read(feature)).getMessage();

        assertTrue(message.startsWith("the boot feature " + feature + " cannot be read"), message);
    }
}
