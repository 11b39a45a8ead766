package shelf.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.OptionalLong;

/** HOME/data/shelf.pid: the process id of the running instance, for status and stop. */
final class PidFile {

    private PidFile() {
    }

    static void write(ShelfHome home) {
        try {
            Files.writeString(home.pidFile(), ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new LaunchException("cannot write " + home.pidFile() + " (" + e.getMessage()
                    + ") — make " + home.data() + " writable", e);
        }
    }

    /** The pid when the file names a live process; a stale file (after a crash) counts as none. */
    static OptionalLong read(ShelfHome home) {
        try {
            long pid = Long.parseLong(Files.readString(home.pidFile(), StandardCharsets.US_ASCII).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()
                    ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Removes the file only when it still names this process, so a newer instance keeps its own. */
    static void deleteIfOurs(ShelfHome home) {
        OptionalLong pid = read(home);
        if (pid.isPresent() && pid.getAsLong() == ProcessHandle.current().pid()) {
            try {
                Files.deleteIfExists(home.pidFile());
            } catch (IOException e) {
                // a leftover file is harmless: read() ignores dead pids
            }
        }
    }
}
