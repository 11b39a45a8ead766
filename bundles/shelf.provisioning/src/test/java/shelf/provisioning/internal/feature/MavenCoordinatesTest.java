package shelf.provisioning.internal.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenCoordinatesTest {

    @Test
    void aJarSitsUnderTheGroupPathArtifactAndVersion() {
        MavenCoordinates coordinates = MavenCoordinates.parse("org.apache.felix:org.apache.felix.scr:2.2.12");

        assertEquals(Path.of("org/apache/felix/org.apache.felix.scr/2.2.12/org.apache.felix.scr-2.2.12.jar"),
                coordinates.relativePath());
        assertEquals("org.apache.felix:org.apache.felix.scr:2.2.12", coordinates.toString());
    }

    @Test
    void typeAndClassifierAreKept() {
        MavenCoordinates coordinates = MavenCoordinates.parse("shelf:rules:zip:cn:1.0");

        assertEquals(Path.of("shelf/rules/1.0/rules-1.0-cn.zip"), coordinates.relativePath());
        assertEquals("shelf:rules:zip:cn:1.0", coordinates.toString());
    }

    @Test
    void anIdWithTooFewPartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MavenCoordinates.parse("shelf:rules"));
        assertThrows(IllegalArgumentException.class, () -> MavenCoordinates.parse("shelf::1.0"));
    }

    @Test
    void theFirstRepositoryThatHasTheJarWins(@TempDir Path temp) throws Exception {
        Path system = temp.resolve("system");
        Path m2 = temp.resolve("m2");
        MavenCoordinates coordinates = MavenCoordinates.parse("shelf:shelf.x:1.0");
        Path inM2 = m2.resolve(coordinates.relativePath());
        Files.createDirectories(inM2.getParent());
        Files.writeString(inM2, "jar");
        MavenRepositories repositories = MavenRepositories.parse(system + ", " + m2 + ",");

        assertEquals(Optional.of(inM2), repositories.find(coordinates));

        Path inSystem = system.resolve(coordinates.relativePath());
        Files.createDirectories(inSystem.getParent());
        Files.writeString(inSystem, "jar");
        assertEquals(Optional.of(inSystem), repositories.find(coordinates));
    }

    @Test
    void aMissingJarSaysWhereItWasLookedFor(@TempDir Path temp) {
        MavenRepositories repositories = MavenRepositories.parse(temp.toString());

        FileNotFoundException e = assertThrows(FileNotFoundException.class,
                () -> repositories.require(MavenCoordinates.parse("shelf:shelf.x:1.0")));

        assertTrue(e.getMessage().contains("shelf/shelf.x/1.0/shelf.x-1.0.jar"), e.getMessage());
        assertTrue(e.getMessage().contains(temp.toString()), e.getMessage());
    }
}
