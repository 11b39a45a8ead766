package shelf.backup.internal.copy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.h2.api.ErrorCode;

import shelf.api.catalog.CatalogException;

/**
 * An H2 catalogue file opened to be read: read-only, so the copy changes nothing in it, and lazily, so a table
 * of a million rows streams instead of being read whole first. H2 locks the file of an open database: a file
 * another Shelf has open is refused, as the copy would read a catalogue still changing.
 */
final class H2File {
    private static final String OPTIONS = ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;LAZY_QUERY_EXECUTION=TRUE";

    private H2File() {
    }

    /** The .mv.db file {@code named} names: itself, or with ".mv.db" added as H2 does. */
    static Path mvFile(Path named) {
        return named.getFileName().toString().endsWith(".mv.db") ? named
                : named.resolveSibling(named.getFileName() + ".mv.db");
    }

    static Connection open(Path mvFile) throws CatalogException {
        if (!Files.isRegularFile(mvFile)) {
            throw new CatalogException("There is no H2 catalogue " + mvFile + ": name the catalog.mv.db of the Shelf "
                    + "home to copy (by default this home's data/catalog.mv.db); nothing was copied");
        }
        String name = mvFile.toAbsolutePath().toString();
        if (name.contains(";")) { // H2 would read what follows as settings of the connection (INIT=… runs SQL)
            throw new CatalogException("The path of the H2 catalogue " + mvFile + " holds a ';', which H2 would read "
                    + "as a setting: move or rename the file and copy again; nothing was copied");
        }
        String url = "jdbc:h2:file:" + name.substring(0, name.length() - ".mv.db".length()) + OPTIONS;
        try {
            Connection connection = new org.h2.Driver().connect(url, new Properties());
            if (connection == null) {
                throw new CatalogException("The H2 driver did not accept " + url);
            }
            return connection;
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new CatalogException("The H2 catalogue " + mvFile + " is in use: stop the Shelf that uses it "
                        + "(shelf --home HOME stop) and copy again; nothing was copied", e);
            }
            if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                throw new CatalogException("The H2 catalogue " + mvFile + " is damaged and cannot be read: copy from "
                        + "a backup of it (backup --out on the H2 home); nothing was copied", e);
            }
            throw new CatalogException("Cannot read the H2 catalogue " + mvFile + ": " + e.getMessage()
                    + "; nothing was copied", e);
        }
    }
}
