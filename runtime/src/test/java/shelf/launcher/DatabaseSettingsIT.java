package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's etc/database.properties that cannot be used: `shelf start` refuses, naming the file and the fix. */
class DatabaseSettingsIT {
    @TempDir
    Path home;

    @Test
    void aFileOtherUsersMayReadIsRefusedAtStart() throws Exception {
        Path file = settings("url = jdbc:postgresql://localhost:5432/shelf\nuser = shelf\npassword = s3cret\n", "rw-r--r--");

        ShelfCommand.Result refused = new ShelfCommand(home).run("start");

        assertEquals(1, refused.status(), refused.toString());
        assertEquals("error: " + file + " holds the catalogue's database password and other users of this machine may "
                + "read it: run chmod 600 " + file + " and start Shelf again", refused.err().strip());
        assertEquals(BackgroundInstance.NOT_RUNNING, new ShelfCommand(home).run("status").status());
    }

    @Test
    void aMisspeltKeyIsRefusedNamingItsLine() throws Exception {
        Path file = settings("# the team's catalogue\nurl = jdbc:postgresql://localhost:5432/shelf\npasword = s3cret\n", "rw-------");

        ShelfCommand.Result refused = new ShelfCommand(home).run("start");

        assertEquals(1, refused.status(), refused.toString());
        assertEquals("error: " + file + " line 3: 'pasword' is not a setting of the catalogue's database; write one of "
                + "url, user, password, pool-size as key = value", refused.err().strip());
    }

    private Path settings(String text, String permissions) throws Exception {
        Path file = Files.createDirectories(home.resolve("etc")).resolve("database.properties");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
