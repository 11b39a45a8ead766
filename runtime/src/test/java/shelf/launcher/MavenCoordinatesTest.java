package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MavenCoordinatesTest {

    private static final Path REPOSITORY = Path.of("/dist/system");

    @Test
    void groupArtifactVersionIsAJarInMavenLayout() {
        assertEquals(Path.of("/dist/system/org/apache/felix/org.apache.felix.scr/2.2.12/org.apache.felix.scr-2.2.12.jar"),
                MavenCoordinates.parse("org.apache.felix:org.apache.felix.scr:2.2.12").pathIn(REPOSITORY));
    }

    @Test
    void typeAndClassifierAreHonoured() {
        assertEquals(Path.of("/dist/system/com/example/tool/1.0/tool-1.0-osgi.jar"),
                MavenCoordinates.parse("com.example:tool:jar:osgi:1.0").pathIn(REPOSITORY));
        assertEquals(Path.of("/dist/system/com/example/tool/1.0/tool-1.0.zip"),
                MavenCoordinates.parse("com.example:tool:zip:1.0").pathIn(REPOSITORY));
    }

    @Test
    void malformedIdsAreNamed() {
        assertEquals("'scr-2.2.12' is not a bundle id — write groupId:artifactId:version"
                        + " (or groupId:artifactId:type:classifier:version)",
                assertThrows(LaunchException.class, () -> MavenCoordinates.parse("scr-2.2.12")).getMessage());
        assertThrows(LaunchException.class, () -> MavenCoordinates.parse("a::1"));
    }
}
