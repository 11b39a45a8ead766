package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.image.standard.bench.BenchmarkPhotos;

/**
 * Processed images in the folder SHELF_HOME/etc/media.properties names instead of SHELF_HOME/media: a folder
 * that does not exist is named with the file and line, and once it does the images go there; two nodes on one
 * PostgreSQL catalogue pointed at one folder share what either processed.
 */
class SharedMediaIT extends RunningShelf {
    @TempDir
    Path home2;

    @TempDir
    Path disk;

    private void importOneProduct() throws Exception {
        Path img = Files.createDirectories(desk.resolve("图片"));
        BenchmarkPhotos.write(BenchmarkPhotos.photo(1000, 1000, 1), img.resolve("主图1.jpg"), 0.9f);
        Files.writeString(desk.resolve("商品.csv"), "商品编码,商品标题,类目,主图,SKU编码,销售价,库存\n"
                + "SPU-1,纯棉T恤,服饰鞋包>女装>T恤,图片/主图1.jpg,SPU-1-A,12.50,3\n", StandardCharsets.UTF_8);
        shelf.ok("import 商品.csv --merchant acme");
    }

    private static Path mediaSettings(Path home, Path folder) throws Exception {
        Path file = Files.createDirectories(home.resolve("etc")).resolve("media.properties");
        Files.writeString(file, "# the team's shared media folder\nfolder = " + folder + "\n");
        return file;
    }

    @Test
    void imagesGoToTheConfiguredFolderAndAMissingOneIsNamedWithFileAndLine() throws Exception {
        importOneProduct();
        Path shared = disk.resolve("shelf-media");
        Path file = mediaSettings(home, shared);

        ShelfCommand.Result refused = shelf.run("-c", "images:process 1 --profile main");
        assertEquals("error: " + file + " line 2: the media folder " + shared + " does not exist — create it (on a disk "
                + "every node mounts) or correct the path", refused.err().strip(), refused.toString());

        Files.createDirectories(shared);
        String processed = shelf.ok("images:process 1 --profile main");
        assertTrue(processed.contains("1 processed, 0 skipped (done before), 0 failed"), processed);
        assertTrue(Files.isRegularFile(shared.resolve("batches/1.json")), "the batch's report is in the shared folder");
        try (var files = Files.walk(shared)) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".webp")), "the processed image is in the shared folder");
        }
        assertFalse(Files.exists(home.resolve("media/batches/1.json")), "nothing in the home's own media folder");
    }

    @Test
    void twoNodesPointedAtOneFolderShareWhatEitherProcessed() throws Exception {
        assumeTrue(TestDatabase.onPostgres(), "two nodes share a catalogue on PostgreSQL only");
        Path shared = Files.createDirectories(disk.resolve("shelf-media"));
        mediaSettings(home, shared);
        mediaSettings(home2, shared);
        Files.copy(home.resolve("etc/database.properties"), home2.resolve("etc/database.properties"),
                StandardCopyOption.COPY_ATTRIBUTES);
        ShelfCommand two = new ShelfCommand(home2).in(desk);
        try {
            ShelfCommand.Result started = two.run("start");
            assertEquals(0, started.status(), started.toString());
            importOneProduct();

            assertTrue(shelf.ok("images:process 1 --profile main").contains("1 processed, 0 skipped (done before)"));
            String again = two.ok("images:process 1 --profile main");
            assertTrue(again.contains("0 processed, 1 skipped (done before), 0 failed"),
                    "the second node finds the first node's image in the shared folder: " + again);
        } finally {
            two.run("stop");
        }
    }
}
