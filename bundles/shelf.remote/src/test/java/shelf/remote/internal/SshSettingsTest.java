package shelf.remote.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshSettingsTest {
    @TempDir
    Path etc;

    @Test
    void withoutTheFileTheServerListensOnLoopbackAtKarafsPort() throws Exception {
        assertEquals(new SshSettings("127.0.0.1", 8101, Duration.ofMinutes(30)), SshSettings.read(etc));
    }

    @Test
    void eachLineOfTheFileChangesOneSetting() throws Exception {
        Files.writeString(etc.resolve("ssh.properties"), "host=0.0.0.0\nidleMinutes=10\n");
        assertEquals(new SshSettings("0.0.0.0", 8101, Duration.ofMinutes(10)), SshSettings.read(etc));
    }

    @Test
    void aWrongValueNamesTheFileTheSettingAndTheFix() throws Exception {
        Files.writeString(etc.resolve("ssh.properties"), "port=81o1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SshSettings.read(etc));
        assertEquals(etc.resolve("ssh.properties") + ": port=81o1 is not a number from 0 to 65535 — write, say, port=8101",
                e.getMessage());
    }
}
