package shelf.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * SHELF_HOME/etc/database.properties, checked before the runtime starts so that `shelf start` refuses at once,
 * on the terminal, a file that would keep the catalogue from opening: one other users may read (it holds the
 * database's password), a key Shelf does not know, a url that is not PostgreSQL's. shelf.core reads the file
 * (and checks it the same way, for runtimes started otherwise); a database that cannot be reached is found
 * there, and told in log/shelf.log.
 */
final class DatabaseFile {
    /** As shelf.core's DatabaseSettings.KEYS. */
    private static final List<String> KEYS = List.of("url", "user", "password", "pool-size");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.complementOf(
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

    private DatabaseFile() {
    }

    static void check(ShelfHome home) {
        Path file = home.etc().resolve("database.properties");
        if (!Files.exists(file)) {
            return;
        }
        List<String> lines;
        try {
            if (Files.getPosixFilePermissions(file).stream().anyMatch(OTHERS::contains)) {
                throw new LaunchException(file + " holds the catalogue's database password and other users of this "
                        + "machine may read it: run chmod 600 " + file + " and start Shelf again");
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system: shelf.core reads it
        } catch (IOException e) {
            throw new LaunchException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = (eq < 0 ? line : line.substring(0, eq)).strip();
            if (eq < 0 || !KEYS.contains(key)) {
                throw new LaunchException(file + " line " + (i + 1) + ": '" + key + "' is not a setting of the "
                        + "catalogue's database; write one of " + String.join(", ", KEYS) + " as key = value");
            }
            String value = line.substring(eq + 1).strip();
            if (key.equals("url") && !value.startsWith("jdbc:postgresql://")) {
                throw new LaunchException(file + " line " + (i + 1) + ": the url must name a PostgreSQL database, as "
                        + "jdbc:postgresql://HOST:PORT/DATABASE (it is '" + value + "')");
            }
        }
    }
}
