package shelf.launcher;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The modes of what the runtime writes outside data/: logs name users and failed logins, so log/ is 0750
 * and each log 0640 — readable by the owner's group (an operator's team), never by others. Only bits are
 * taken away: a folder the user made stricter stays so.
 */
final class FileModes {

    static final Set<PosixFilePermission> LOG_FOLDER = PosixFilePermissions.fromString("rwxr-x---");
    static final Set<PosixFilePermission> LOG_FILE = PosixFilePermissions.fromString("rw-r-----");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private FileModes() {
    }

    /** Creates the file when missing, then takes from its mode whatever {@code allowed} does not hold. */
    static void limit(Path path, Set<PosixFilePermission> allowed) throws IOException {
        if (!Files.exists(path)) {
            Files.createFile(path);
        }
        if (!POSIX) {
            return;
        }
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(path);
        Set<PosixFilePermission> kept = current.isEmpty() ? EnumSet.noneOf(PosixFilePermission.class)
                : EnumSet.copyOf(current);
        kept.retainAll(allowed);
        if (!kept.equals(current)) {
            Files.setPosixFilePermissions(path, kept);
        }
    }
}
