package shelf.core.internal.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import shelf.api.catalog.CatalogException;
import shelf.api.settings.SettingsFile;

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
        SettingsFile values;
        try {
            values = SettingsFile.read(file, KEYS, "is not a setting of the catalogue's database; write one of "
                    + String.join(", ", KEYS) + " as key = value").orElseThrow();
        } catch (IllegalStateException e) {
            throw new CatalogException(e.getMessage(), e);
        }
        String url = values.value("url").orElse("");
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new CatalogException(values.where("url") + ": the url must name a PostgreSQL database, as jdbc:postgresql://HOST:PORT/DATABASE"
                    + (url.isEmpty() ? "" : " (it is '" + url + "')"));
        }
        int poolSize = 10;
        String pool = values.value("pool-size").orElse(null);
        if (pool != null) {
            try {
                poolSize = Integer.parseInt(pool);
            } catch (NumberFormatException e) {
                poolSize = 0;
            }
            if (poolSize < 2 || poolSize > 200) {
                throw new CatalogException(values.where("pool-size") + ": pool-size '" + pool + "' must be a whole number from 2 to 200 (connections to the database)");
            }
        }
        return Optional.of(new DatabaseSettings(file, url, values.value("user").orElse(""),
                values.value("password").orElse(""), poolSize));
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
