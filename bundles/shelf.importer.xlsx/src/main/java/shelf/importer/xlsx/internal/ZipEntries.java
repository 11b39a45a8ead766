package shelf.importer.xlsx.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A look at a zip's own list of entries, for what POI refuses without naming it: two entries of one
 * name. Part names compare without case in a package, so {@code sheet1.xml} and {@code Sheet1.xml} clash.
 */
final class ZipEntries {
    private ZipEntries() {
    }

    /** The first entry name the zip holds twice, or null when there is none or the list cannot be read. */
    static String duplicate(Path file) {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            Set<String> seen = new HashSet<>();
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    return name;
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
