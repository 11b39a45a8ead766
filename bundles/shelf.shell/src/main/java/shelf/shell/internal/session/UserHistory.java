package shelf.shell.internal.session;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Each user's own shell history: FOLDER/USER, the file 0600 in a 0700 folder, so an editor's Up-arrow
 * never shows what the admin typed. A history shared by everyone (the single file of earlier versions)
 * is set aside as history.shared-old, readable by the runtime's Unix user only.
 */
final class UserHistory {
    private static final System.Logger LOG = System.getLogger(UserHistory.class.getName());
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private UserHistory() {
    }

    /** The user's history file, created empty and private if missing. */
    static Path file(Path folder, String user) throws IOException {
        if (Files.isRegularFile(folder)) {
            Path old = folder.resolveSibling(folder.getFileName() + ".shared-old");
            Files.move(folder, old, StandardCopyOption.REPLACE_EXISTING);
            if (POSIX) {
                Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-------"));
            }
            LOG.log(Level.INFO, "the shell history shared by all users is now {0}; each user has a history of "
                    + "their own in {1}", old, folder);
        }
        Files.createDirectories(folder);
        if (POSIX) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        Path file = folder.resolve(fileName(user));
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }

    /** The user name as a file name: one starting with '.' (".." even) or holding '/' is escaped. */
    static String fileName(String user) {
        String name = user.replace("%", "%25").replace("/", "%2F");
        return name.startsWith(".") ? "%2E" + name.substring(1) : name;
    }
}
