package shelf.core.internal.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import shelf.api.catalog.CatalogException;

/**
 * SHELF_HOME/etc/database.properties: where the catalogue lives when it is not the embedded H2 file. It holds
 * the database's password, so a file that other users of the machine may read is refused, as is a key this
 * Shelf does not know (a misspelt "pasword" would otherwise be ignored and the login fail for no clear reason).
 *
 * <pre>
 * url = jdbc:postgresql://db.example.com:5432/shelf
 * user = shelf
 * password = …
 * pool-size = 10
 * </pre>
 */
record DatabaseSettings(Path file, String url, String user, String password, int poolSize) {
    static final String FILE = "database.properties";
    static final List<String> KEYS = List.of("url", "user", "password", "pool-size");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /** The settings in {@code etc}, or empty when there is no such file: the catalogue is then the H2 file. */
    static Optional<DatabaseSettings> read(Path etc) throws CatalogException {
        Path file = etc.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        refuseIfOthersMayRead(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = (eq < 0 ? line : line.substring(0, eq)).strip();
            if (eq < 0 || !KEYS.contains(key)) {
                throw new CatalogException(file + " line " + (i + 1) + ": '" + key + "' is not a setting of the "
                        + "catalogue's database; write one of " + String.join(", ", KEYS) + " as key = value");
            }
            values.put(key, line.substring(eq + 1).strip());
            values.put(key + "@line", String.valueOf(i + 1));
        }
        String url = values.getOrDefault("url", "");
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new CatalogException(file + (values.containsKey("url@line") ? " line " + values.get("url@line") : "")
                    + ": the url must name a PostgreSQL database, as jdbc:postgresql://HOST:PORT/DATABASE"
                    + (url.isEmpty() ? "" : " (it is '" + url + "')"));
        }
        int poolSize = 10;
        if (values.containsKey("pool-size")) {
            try {
                poolSize = Integer.parseInt(values.get("pool-size"));
            } catch (NumberFormatException e) {
                poolSize = 0;
            }
            if (poolSize < 2 || poolSize > 200) {
                throw new CatalogException(file + " line " + values.get("pool-size@line") + ": pool-size '"
                        + values.get("pool-size") + "' must be a whole number from 2 to 200 (connections to the database)");
            }
        }
        return Optional.of(new DatabaseSettings(file, url, values.getOrDefault("user", ""),
                values.getOrDefault("password", ""), poolSize));
    }

    private static void refuseIfOthersMayRead(Path file) throws CatalogException {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system: its access lists are the operator's to set
        } catch (IOException e) {
            throw new CatalogException("Cannot read the permissions of " + file + ": " + e.getMessage(), e);
        }
        if (permissions.stream().anyMatch(OTHERS::contains)) {
            throw new CatalogException(file + " holds the catalogue's database password and other users of this machine "
                    + "may read it: run chmod 600 " + file + " and start Shelf again");
        }
    }

    /** The database's address as the operator wrote it, without the driver's prefix and options, for messages. */
    String where() {
        String address = url.substring("jdbc:".length());
        int query = address.indexOf('?');
        return query < 0 ? address : address.substring(0, query);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + url + ", user " + user + "]"; // never the password
    }
}
