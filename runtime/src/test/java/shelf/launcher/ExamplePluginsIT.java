package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example importer and image processor of the plugin author's kit, each copied outside the tree, built
 * there, and dropped as a jar into the deploy folder of a running instance, as the README says.
 */
class ExamplePluginsIT {
    @TempDir
    Path project;

    @TempDir
    Path home;

    @TempDir
    Path imports;

    private ShelfCommand shelf;

    @BeforeEach
    void startShelf() throws Exception {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/shelf.properties"), "shelf.features.boot=catalog\n");
        shelf = new ShelfCommand(home);
        ShelfCommand.Result started = shelf.run("start");
        assertEquals(0, started.status(), started.toString());
    }

    @AfterEach
    void stopShelf() throws Exception {
        shelf.run("stop");
    }

    @Test
    void theExampleImporterDroppedIntoDeployImportsAMarkdownTable() throws Exception {
        ExampleProject.build(ExampleProject.copy("importer", project), "verify");
        Files.writeString(imports.resolve("春季上新.md"), """
                | 商品编码 | 商品标题 | 类目 | 规格1名称 | 规格1值 | SKU编码 | 销售价 | 库存 |
                |---|---|---|---|---|---|---:|---:|
                | SPU-1 | 纯棉圆领短袖T恤 男款 | 服饰鞋包/男装/T恤 | 尺码 | M | SPU-1-M | 29.90 | 10 |
                | SPU-1 | 纯棉圆领短袖T恤 男款 | 服饰鞋包/男装/T恤 | 尺码 | L | SPU-1-L | 29.90 | 5 |
                """);
        ShelfCommand here = shelf.in(imports);
        assertNotEquals(0, here.run("-c", "import 春季上新.md --merchant acme").status(), "imported without the importer");

        deploy("example.importer.markdown-1.0.0.jar");
        String imported = here.ok("import 春季上新.md --merchant acme");

        assertTrue(imported.contains("products    1  (1 new, 0 updated, 0 unchanged)"), imported);
        assertTrue(imported.contains("SKUs        2"), imported);
        assertTrue(ShelfCommand.lineWith(shelf.ok("product:list"), "SPU-1").contains("纯棉圆领短袖T恤 男款"));
    }

    @Test
    void theExampleImageProcessorDroppedIntoDeployResolvesAndStarts() throws Exception {
        ExampleProject.build(ExampleProject.copy("image-processor", project), "verify");

        deploy("example.image.imageio-1.0.0.jar");

        assertTrue(ShelfCommand.lineWith(shelf.ok("bundle:list"), "example.image.imageio").contains("Active"));
    }

    /** Copies the built jar into deploy/ and waits until the watcher says it is active. */
    private void deploy(String jar) throws Exception {
        Files.copy(project.resolve("target").resolve(jar), home.resolve("deploy").resolve(jar));
        shelf.poll("deploy:status", status -> {
            String line = ShelfCommand.lineWith(status, jar);
            return line != null && line.contains("active");
        }, 10_000, 200);
    }
}
