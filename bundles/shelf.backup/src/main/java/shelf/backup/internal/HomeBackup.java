package shelf.backup.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.runtime.ShelfHome;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;
import shelf.api.store.Database;

/**
 * A backup of the home while Shelf runs: the catalogue (H2's online BACKUP, a consistent copy), the audit trail
 * taken at the same moment (no line reaches the trail meanwhile, so trail and head agree), the files of data/
 * (features, rule packs, the channels' id maps), deploy/, media/ and etc/ without secrets. Restored into a new
 * home by the launcher ({@code shelf --home NEW restore FILE}), which checks every file against the manifest.
 */
@Component(service = HomeBackup.class)
public final class HomeBackup {
    /** What of data/ is not copied as a file: the database (copied through H2) and what is rebuilt on its own. */
    private static final List<String> DATA_SKIPPED = List.of("catalog.mv.db", "catalog.trace.db", "audit.log", "cache",
            "shelf.pid", "shelf.sock");

    @Reference
    Database database;

    @Reference
    AuditLog audit;

    @Reference
    CommandAccess access;

    private Path home;

    @Activate
    void activate(BundleContext context) {
        home = ShelfHome.of(context).toAbsolutePath().normalize();
    }

    /** What a backup holds, for the operator. */
    public record Summary(Path file, int files, long bytes, String catalogue, List<String> leftOut) {
    }

    public Summary write(Subject subject, Path out) throws IOException, CatalogException {
        access.check(subject, "home:backup");
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(home)) {
            throw new IllegalArgumentException(target + " is inside the home " + home
                    + ", which the backup copies — write it outside, to another disk if you can");
        }
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists — name a new file");
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("no folder " + parent + " to write " + target.getFileName() + " in");
        }
        Path partial = parent.resolve(target.getFileName() + ".partial");
        List<String> leftOut = new ArrayList<>();
        String[] catalogue = new String[1];
        try (BackupZip zip = new BackupZip(partial)) {
            // the trail and the catalogue that keeps its head, at one moment
            audit.whileQuiet(() -> {
                catalogue[0] = catalogue(zip, parent);
                Path trail = home.resolve("data/audit.log");
                if (Files.exists(trail)) {
                    zip.addFile("data/audit.log", trail);
                }
            });
            // after the catalogue: an id map a little ahead of the jobs is safe (a job done again finds its listing)
            addTree(zip, "data", relative -> !DATA_SKIPPED.contains(relative.getName(0).toString()));
            addTree(zip, "deploy", relative -> true);
            addTree(zip, "media", relative -> true);
            addSettings(zip, leftOut);
            zip.finish(header(catalogue[0], leftOut));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        long bytes = Files.size(target);
        int files;
        try (var zipFile = new java.util.zip.ZipFile(target.toFile())) {
            files = zipFile.size() - 1;
        }
        audit.append(AuditEntry.of(subject.name(), "backup", List.of("file:" + target), "", "",
                files + " files, " + bytes + " bytes" + (leftOut.isEmpty() ? "" : "; left out: " + String.join(", ", leftOut))));
        return new Summary(target, files, bytes, catalogue[0], List.copyOf(leftOut));
    }

    /** Copies the catalogue into the backup as data/catalog.mv.db; says what it did. */
    private String catalogue(BackupZip zip, Path folder) throws IOException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!product.equalsIgnoreCase("H2")) {
                return product + ", not in this file: back it up with the database's own tools (pg_dump; see the README)";
            }
            Path copy = Files.createTempFile(folder, ".shelf-catalog-", ".zip");
            try {
                Files.delete(copy); // H2 writes a new file
                statement.execute("BACKUP TO '" + copy.toString().replace("'", "''") + "'");
                try (ZipInputStream in = new ZipInputStream(Files.newInputStream(copy))) {
                    for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                        if (entry.getName().endsWith(".mv.db")) {
                            zip.addStream("data/catalog.mv.db", in);
                            return "H2, data/catalog.mv.db (an online copy)";
                        }
                    }
                }
                throw new IOException("H2's backup of the catalogue holds no database file");
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (CatalogException e) {
            throw new IOException(e.getMessage(), e);
        } catch (SQLException e) {
            throw new IOException(database.failure("back up", e).getMessage(), e);
        }
    }

    private void addTree(BackupZip zip, String folder, java.util.function.Predicate<Path> taken) throws IOException {
        Path root = home.resolve(folder);
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path relative = root.relativize(file);
            if (taken.test(relative) && !file.getFileName().toString().endsWith(".partial")) {
                try {
                    zip.addFile(folder + "/" + slashes(relative), file);
                } catch (java.nio.file.NoSuchFileException gone) {
                    // removed while the backup ran (a file replaced in deploy/): it is not part of the home any more
                }
            }
        }
    }

    private void addSettings(BackupZip zip, List<String> leftOut) throws IOException {
        Path etc = home.resolve("etc");
        if (!Files.isDirectory(etc)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(etc)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String path = "etc/" + slashes(etc.relativize(file));
            if (!SettingsFilter.taken(file)) {
                leftOut.add(path);
            } else if (SettingsFilter.isProperties(file)) {
                List<String> blanked = new ArrayList<>();
                String text = SettingsFilter.withoutSecrets(Files.readString(file, StandardCharsets.UTF_8), blanked);
                zip.add(path, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
                blanked.forEach(key -> leftOut.add(path + " " + key));
            } else {
                zip.addFile(path, file);
            }
        }
    }

    private List<String> header(String catalogue, List<String> leftOut) {
        List<String> lines = new ArrayList<>();
        lines.add("Shelf backup of " + home + ", " + Instant.now());
        lines.add("catalogue: " + catalogue);
        lines.add("left out: " + (leftOut.isEmpty() ? "nothing" : String.join("; ", leftOut)));
        lines.add("restore: shelf --home NEW-HOME restore THIS-FILE");
        return lines;
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }
}
