package shelf.api.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where processed images go: SHELF_HOME/media, or the folder etc/media.properties names, checked. */
class MediaFolderTest {
    @TempDir
    Path home;

    @TempDir
    Path disk;

    private Path settings(String text) throws Exception {
        return Files.writeString(Files.createDirectories(home.resolve("etc")).resolve("media.properties"), text);
    }

    @Test
    void withoutSettingsTheMediaAreInTheHome() {
        assertEquals(home.resolve("media"), MediaFolder.of(home).path());
    }

    @Test
    void theConfiguredFolderAbsoluteOrFromTheHome() throws Exception {
        settings("# shared by the team\nfolder = " + disk + "\n");
        assertEquals(disk, MediaFolder.of(home).path());

        Files.createDirectories(home.resolve("shared/media"));
        settings("folder=shared/media");
        assertEquals(home.resolve("shared/media"), MediaFolder.of(home).path());
    }

    @Test
    void aMissingFolderIsNamedWithFileAndLine() throws Exception {
        Path file = settings("\nfolder = " + disk.resolve("gone") + "\n");
        Exception refused = assertThrows(IllegalStateException.class, () -> MediaFolder.of(home));
        assertEquals(file + " line 2: the media folder " + disk.resolve("gone") + " does not exist — create it (on a disk "
                + "every node mounts) or correct the path", refused.getMessage());
    }

    @Test
    void aMisspeltKeyIsNamed() throws Exception {
        Path file = settings("fodler = " + disk + "\n");
        Exception refused = assertThrows(IllegalStateException.class, () -> MediaFolder.of(home));
        assertEquals(file + " line 1: 'fodler' is not a media setting; write folder = /path/of/the/shared/media/folder",
                refused.getMessage());
    }

    @Test
    void aFolderThisUserMayNotWriteIsRefused() throws Exception {
        Path locked = Files.createDirectories(disk.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "root may write anywhere");
        Path file = settings("folder = " + locked + "\n");
        Exception refused = assertThrows(IllegalStateException.class, () -> MediaFolder.of(home));
        assertEquals(file + " line 1: the media folder " + locked + " is not writable by " + System.getProperty("user.name")
                + " — give this user write access or correct the path", refused.getMessage());
    }
}
