package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files copied into, replaced in and deleted from deploy/ of a running instance, and bundle:diag.
 * A deployed bundle that cannot resolve is uninstalled again and reported in deploy:status, so
 * bundle:diag is shown on one installed with bundle:install.
 */
class HotDeployIT {

    private static final long WITHIN_MS = 5_000;

    @TempDir
    static Path home;

    @TempDir
    static Path workbench;

    private static ShelfCommand shelf;

    @BeforeAll
    static void start() throws Exception {
        shelf = new ShelfCommand(home);
        ShelfCommand.Result started = shelf.run("start");
        assertEquals(0, started.status(), started.toString());
    }

    @AfterAll
    static void stop() throws Exception {
        shelf.run("stop");
    }

    @Test
    void bundleIsInstalledUpdatedAndUninstalled() throws Exception {
        Path deployed = home.resolve("deploy/shelf.test.hot.jar");

        Files.copy(TestBundles.bundle(workbench.resolve("hot-1.jar"), "shelf.test.hot", "1.0.0"), deployed);
        shelf.poll("bundle:list", list -> isActive(list, "shelf.test.hot", "1.0.0"), WITHIN_MS);

        Files.copy(TestBundles.bundle(workbench.resolve("hot-2.jar"), "shelf.test.hot", "1.1.0"), deployed,
                StandardCopyOption.REPLACE_EXISTING);
        String updated = shelf.poll("bundle:list", list -> isActive(list, "shelf.test.hot", "1.1.0"), WITHIN_MS);
        assertEquals(1, updated.lines().filter(line -> line.contains("shelf.test.hot")).count(), "updated, not installed twice");

        Files.delete(deployed);
        shelf.poll("bundle:list", list -> ShelfCommand.lineWith(list, "shelf.test.hot") == null, WITHIN_MS);
    }

    @Test
    void jarStillBeingWrittenIsLeftAloneUntilComplete() throws Exception {
        byte[] jar = Files.readAllBytes(TestBundles.bundle(workbench.resolve("slow.jar"), "shelf.test.slow", "1.0.0"));
        Path deployed = home.resolve("deploy/shelf.test.slow.jar");

        // A slow copy: ten pieces, 50 ms apart, so the file is incomplete for half a second.
        try (OutputStream out = Files.newOutputStream(deployed)) {
            int piece = (jar.length + 9) / 10;
            for (int from = 0; from < jar.length; from += piece) {
                out.write(jar, from, Math.min(piece, jar.length - from));
                out.flush();
                Thread.sleep(50);
            }
        }

        shelf.poll("bundle:list", list -> isActive(list, "shelf.test.slow", "1.0.0"), WITHIN_MS);
        String log = Files.readString(home.resolve("log/shelf.log"));
        assertTrue(log.lines().noneMatch(line -> line.contains("shelf.test.slow.jar failed")),
                "the half-written jar was never tried:\n" + log);
        assertTrue(ShelfCommand.lineWith(shelf.ok("deploy:status"), "shelf.test.slow.jar").contains("DEPLOYED"));
        Files.delete(deployed);
        shelf.poll("bundle:list", list -> ShelfCommand.lineWith(list, "shelf.test.slow") == null, WITHIN_MS);
    }

    @Test
    void corruptJarIsReportedAndChangesNothing() throws Exception {
        // the plugins start behind the prompt: compare with the list once every bundle has started
        String before = shelf.poll("bundle:list", list -> !list.contains(" Resolved ") && !list.contains(" Starting "),
                WITHIN_MS);

        Files.writeString(home.resolve("deploy/broken.jar"), "this is not a zip file");

        String status = shelf.poll("deploy:status", list -> {
            String line = ShelfCommand.lineWith(list, "broken.jar");
            return line != null && line.contains("FAILED");
        }, WITHIN_MS);
        assertNotNull(ShelfCommand.lineWith(status, "broken.jar"));
        assertEquals(before, shelf.ok("bundle:list"));
        Files.delete(home.resolve("deploy/broken.jar"));
    }

    @Test
    void unresolvableBundleIsReportedWithItsMissingPackageAndChangesNothing() throws Exception {
        String before = shelf.ok("bundle:list");

        Files.copy(TestBundles.bundle(workbench.resolve("needy.jar"), "shelf.test.needy", "1.0.0",
                "shelf.test.absent;version=\"[2,3)\""), home.resolve("deploy/shelf.test.needy.jar"));

        String status = shelf.poll("deploy:status", list -> {
            String line = ShelfCommand.lineWith(list, "shelf.test.needy.jar");
            return line != null && line.contains("FAILED");
        }, WITHIN_MS);
        assertTrue(ShelfCommand.lineWith(status, "shelf.test.needy.jar").contains("shelf.test.absent"), status);
        assertEquals(before, shelf.ok("bundle:list"));
        Files.delete(home.resolve("deploy/shelf.test.needy.jar"));
    }

    @Test
    void diagNamesTheMissingPackageOfAnUnresolvableBundle() throws Exception {
        Path jar = TestBundles.bundle(workbench.resolve("lonely.jar"), "shelf.test.lonely", "1.0.0",
                "shelf.test.elsewhere;version=\"[1,2)\"");
        shelf.ok("bundle:install " + jar);

        String diag = shelf.ok("bundle:diag shelf.test.lonely");

        assertTrue(diag.contains("shelf.test.elsewhere"), diag);
        shelf.ok("bundle:uninstall shelf.test.lonely");
    }

    private static boolean isActive(String bundleList, String name, String version) {
        String line = ShelfCommand.lineWith(bundleList, name);
        return line != null && line.toLowerCase().contains("active") && line.contains(version);
    }
}
