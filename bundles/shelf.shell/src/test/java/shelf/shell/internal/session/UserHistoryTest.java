package shelf.shell.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each user's history is a private file of its own; the history everyone shared is set aside. */
class UserHistoryTest {
    @TempDir
    Path data;

    @Test
    void theHistoryEveryoneSharedIsSetAsideAndEachUserGetsAPrivateFile() throws Exception {
        Path shared = Files.writeString(data.resolve("history"), "1:user:add kim --role admin\n");
        Path lily = UserHistory.file(shared, "lily");
        assertEquals(data.resolve("history/lily"), lily);
        assertEquals("", Files.readString(lily), "lily does not inherit the admin's lines");
        assertEquals("1:user:add kim --role admin\n", Files.readString(data.resolve("history.shared-old")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("history.shared-old"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(lily)));
    }

    @Test
    void aUserNameNeverLeavesTheHistoryFolder() throws Exception {
        Path folder = data.resolve("history");
        assertEquals(folder.resolve("%2E."), UserHistory.file(folder, ".."));
        assertEquals(folder.resolve("%2E.hidden"), UserHistory.file(folder, "..hidden"));
        assertTrue(Files.isRegularFile(folder.resolve("%2E.")));
        assertEquals("a%2Fb", UserHistory.fileName("a/b"));
    }
}
