package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.importer.xlsx.bench.BenchmarkWorkbooks;

/**
 * backup --out while an import runs, restored with shelf --home NEW restore into a new home: the catalogue and the
 * audit trail verify there; a changed backup, a path out of the home and a non-empty home restore nothing.
 */
class BackupIT extends RunningShelf {
    private static final int ROWS = 20_000;

    @TempDir
    Path elsewhere;

    @Test
    void aBackupTakenDuringAnImportRestoresToAHomeThatVerifies() throws Exception {
        shelf.ok("import " + write("first.xlsx"));
        BenchmarkWorkbooks.write(desk.resolve("second.xlsx"), ROWS, true);
        CompletableFuture<ShelfCommand.Result> importing = CompletableFuture.supplyAsync(() -> run("import second.xlsx"));
        Thread.sleep(700); // the import is reading its rows
        Path backup = elsewhere.resolve("shelf-backup.zip");
        String wrote = shelf.ok("backup --out " + backup);
        assertTrue(wrote.startsWith("wrote " + backup), wrote);
        assertTrue(wrote.contains("catalogue  H2, data/catalog.mv.db (an online copy)"), wrote);
        assertEquals(0, importing.get().status(), importing.get().toString());

        Path restored = elsewhere.resolve("restored-home");
        ShelfCommand.Result restore = new ShelfCommand(restored).in(desk).run("restore", backup.toString());
        assertEquals(0, restore.status(), restore.toString());
        assertTrue(restore.out().contains("Restored " + backup + " into " + restored), restore.out());

        ShelfCommand there = new ShelfCommand(restored).in(desk);
        String verified = there.ok("audit:verify");
        assertTrue(verified.startsWith("audit.log is intact"), verified);
        String batches = there.ok("batch:list");
        String first = ShelfCommand.lineWith(batches, "first.xlsx");
        assertTrue(first != null && first.contains("imported"), batches);
        String second = ShelfCommand.lineWith(batches, "second.xlsx");
        // the second import was under way: the copy has it whole or not at all
        assertTrue(second == null || second.contains(" " + ROWS + " "), batches);
        // the backup's own entry comes after its copy of the trail: it is in the home it was taken from
        assertTrue(shelf.ok("audit:tail").contains("backup"), "the backup is in the audit trail");
    }

    @Test
    void aChangedBackupAPathOutOfTheHomeAndANonEmptyHomeRestoreNothing() throws Exception {
        shelf.ok("import " + write("first.xlsx"));
        Path backup = elsewhere.resolve("b.zip");
        shelf.ok("backup --out " + backup);

        Path changed = elsewhere.resolve("changed.zip");
        rewrite(backup, changed, "data/audit.log", "an inserted line\n", null);
        ShelfCommand.Result refused = new ShelfCommand(elsewhere.resolve("h1")).run("restore", changed.toString());
        assertEquals(1, refused.status(), refused.toString());
        assertEquals("error: " + changed + ": data/audit.log does not match its checksum in the manifest — the backup is"
                + " damaged or was changed; nothing restored", refused.err().strip());
        assertFalse(Files.exists(elsewhere.resolve("h1")));

        Path escaping = elsewhere.resolve("escaping.zip");
        rewrite(backup, escaping, null, null, "../../outside.txt");
        refused = new ShelfCommand(elsewhere.resolve("h2")).run("restore", escaping.toString());
        assertEquals(1, refused.status(), refused.toString());
        assertTrue(refused.err().contains("holds ../../outside.txt, which is not a file of a Shelf home's data/, deploy/, etc/, media/"
                + " — nothing restored"), refused.err());
        assertFalse(Files.exists(elsewhere.resolve("outside.txt")));

        refused = new ShelfCommand(home).run("restore", backup.toString());
        assertEquals(1, refused.status());
        assertTrue(refused.err().contains(home + " is not empty — restore into a new home"), refused.err());
    }

    @Test
    void anEditorMayNotTakeABackup() throws Exception {
        shelf.with("SHELF_NEW_PASSWORD", "lily-pass-1").ok("user:add lily --role editor --merchant acme");
        ShelfCommand.Result refused = shelf.as("lily", "lily-pass-1").run("-c", "backup --out " + elsewhere.resolve("x.zip"));
        assertEquals(1, refused.status(), refused.toString());
        assertTrue(refused.err().contains("backup"), refused.err());
        assertFalse(Files.exists(elsewhere.resolve("x.zip")));
    }

    private String write(String name) throws IOException {
        BenchmarkWorkbooks.write(desk.resolve(name), 400, true);
        return name;
    }

    private ShelfCommand.Result run(String commands) {
        try {
            return shelf.run("-c", commands);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the backup with text added to one entry, or with one more entry under a hostile name (in the manifest). */
    private static void rewrite(Path from, Path to, String entryToChange, String added, String extraName) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(entryToChange)) {
                    bytes = (new String(bytes, StandardCharsets.UTF_8) + added).getBytes(StandardCharsets.UTF_8);
                }
                if (extraName != null && entry.getName().equals("manifest.sha256")) {
                    bytes = (new String(bytes, StandardCharsets.UTF_8)
                            + "0".repeat(64) + "  " + extraName + "\n").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            if (extraName != null) {
                out.putNextEntry(new ZipEntry(extraName));
                try (OutputStream ignored = OutputStream.nullOutputStream()) {
                    out.write("x".getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
    }
}
