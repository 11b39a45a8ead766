package shelf.provisioning.internal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

import shelf.api.audit.AuditEntry;
import shelf.api.deploy.DeployHandler;
import shelf.api.deploy.DeployedFile;
import shelf.core.internal.testing.RecordingAuditLog;
import shelf.core.internal.testing.FailingActivator;
import shelf.core.internal.testing.InProcessFelix;
import shelf.core.internal.testing.TestBundle;

/** The deploy folder against a real Felix framework, the way an operator uses it. */
class DeployWatcherFrameworkTest {
    @TempDir
    Path temp;

    private InProcessFelix felix;
    private DeployWatcher watcher;
    private Path deploy;
    private final RecordingAuditLog audit = new RecordingAuditLog();

    @BeforeEach
    void start() throws Exception {
        felix = new InProcessFelix(temp);
        deploy = felix.home.resolve("deploy");
        watcher = startWatcher();
    }

    @AfterEach
    void stop() throws Exception {
        watcher.deactivate();
        felix.close();
    }

    private DeployWatcher startWatcher() {
        BundleDeployHandler handler = new BundleDeployHandler();
        handler.audit = audit;
        handler.activate(felix.context());
        DeployWatcher started = new DeployWatcher();
        started.addHandler(handler, Map.of(DeployHandler.KIND, "bundle"));
        started.activate(felix.context());
        return started;
    }

    @Test
    void aJarCopiedInIsActiveQuicklyThenUpdatedThenUninstalled() throws Exception {
        long copied = System.nanoTime();
        TestBundle.named("com.acme.x", "1.0.0").writeTo(deploy.resolve("x.jar"));
        await(() -> state("deploy:x.jar") == Bundle.ACTIVE, 2000);
        long millis = (System.nanoTime() - copied) / 1_000_000;
        await(() -> inState("x.jar", DeployedFile.State.DEPLOYED), 2000); // recorded once audited, a moment later
        System.out.println("hot deploy: active " + millis + " ms after the copy");
        assertTrue(millis < 1000, "active after " + millis + " ms");
        long id = felix.context().getBundle("deploy:x.jar").getBundleId();
        DeployedFile status = file("x.jar");
        assertEquals(DeployedFile.State.DEPLOYED, status.state());
        assertEquals("bundle " + id + " com.acme.x 1.0.0 active", status.detail());

        TestBundle.named("com.acme.x", "1.1.0").writeTo(deploy.resolve("x.jar"));
        await(() -> new Version(1, 1, 0).equals(felix.context().getBundle(id).getVersion()), 2000);
        await(() -> state("deploy:x.jar") == Bundle.ACTIVE, 2000);

        Files.delete(deploy.resolve("x.jar"));
        await(() -> felix.context().getBundle("deploy:x.jar") == null, 2000);
        await(() -> watcher.files().isEmpty(), 2000);

        assertEquals(java.util.List.of("system bundle:install bundle:com.acme.x  → 1.0.0 deploy/x.jar",
                "system bundle:update bundle:com.acme.x 1.0.0 → 1.1.0 deploy/x.jar",
                "system bundle:uninstall bundle:com.acme.x 1.1.0 →  deploy/x.jar"),
                audit.tail("", null, 0).stream().map(DeployWatcherFrameworkTest::line).toList());
    }

    private static String line(AuditEntry e) {
        return e.user() + " " + e.command() + " " + String.join(",", e.objects()) + " " + e.before() + " → " + e.after()
                + " " + e.detail();
    }

    @Test
    void anErrorInOneHandlerNeitherStopsTheWatcherNorTheOtherHandlers() throws Exception {
        DeployHandler exhausted = new DeployHandler() {
            @Override
            public boolean accepts(Path file) {
                return file.getFileName().toString().endsWith(".rules.json");
            }

            @Override
            public String install(Path file) {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public String update(Path file) {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public void uninstall(Path file) {
            }
        };
        watcher.addHandler(exhausted, Map.of(DeployHandler.KIND, "rule-pack"));

        Files.writeString(deploy.resolve("huge.rules.json"), "{}");
        await(() -> inState("huge.rules.json", DeployedFile.State.FAILED), 2000);
        TestBundle.named("com.acme.after", "1.0.0").writeTo(deploy.resolve("after.jar"));

        await(() -> state("deploy:after.jar") == Bundle.ACTIVE, 2000);
        await(() -> inState("after.jar", DeployedFile.State.DEPLOYED), 2000);
        assertEquals("the handler ran out of memory (Java heap space); nothing else was affected",
                file("huge.rules.json").detail());
        assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("shelf-deploy-watcher")
                && t.isAlive()), "the watcher thread still runs");
        Files.delete(deploy.resolve("after.jar"));
        await(() -> felix.context().getBundle("deploy:after.jar") == null, 2000);
    }

    @Test
    void anUpdateThatWillNotStartPutsThePreviousVersionBack() throws Exception {
        TestBundle.named("com.acme.w", "1.0.0").entry("com/acme/w/data.txt", "one".getBytes())
                .writeTo(deploy.resolve("w.jar"));
        await(() -> state("deploy:w.jar") == Bundle.ACTIVE, 2000);
        await(() -> inState("w.jar", DeployedFile.State.DEPLOYED), 2000);
        Bundle bundle = felix.context().getBundle("deploy:w.jar");

        TestBundle.named("com.acme.w", "2.0.0").header("Import-Package", "not.there").writeTo(deploy.resolve("w.jar"));
        await(() -> inState("w.jar", DeployedFile.State.FAILED), 2000);

        assertEquals("the new w.jar could not resolve: missing package not.there; no installed bundle exports it; "
                + "the previous version was put back", file("w.jar").detail());
        assertEquals(new Version(1, 0, 0), bundle.getVersion());
        assertEquals(Bundle.ACTIVE, bundle.getState());
        assertEquals("one", new String(bundle.getEntry("com/acme/w/data.txt").openStream().readAllBytes()));
        assertEquals(java.util.List.of("bundle:install"), audit.tail("", null, 0).stream().map(AuditEntry::command)
                .toList(), "an update put back is no change");

        Files.delete(deploy.resolve("w.jar"));
        await(() -> felix.context().getBundle("deploy:w.jar") == null, 2000);
    }

    @Test
    void aCorruptJarFailsWithOneLineAndChangesNothing() throws Exception {
        var before = felix.bundles();
        byte[] whole = TestBundle.named("com.acme.y", "1.0.0").entry("big.txt", new byte[20_000]).bytes();
        Files.write(deploy.resolve("y.jar"), Arrays.copyOf(whole, whole.length - 100));

        await(() -> inState("y.jar", DeployedFile.State.FAILED), 2000);

        assertTrue(file("y.jar").detail().startsWith("not a valid bundle: y.jar: zip END header not found"),
                file("y.jar").detail());
        assertEquals(before, felix.bundles());
    }

    @Test
    void aBundleThatWillNotStartIsUninstalledAgainWithTheReason() throws Exception {
        var before = felix.bundles();
        TestBundle.named("com.acme.z", "1.0.0").header("Bundle-Activator", FailingActivator.class.getName())
                .header("Import-Package", "org.osgi.framework").withClass(FailingActivator.class)
                .writeTo(deploy.resolve("z.jar"));

        await(() -> inState("z.jar", DeployedFile.State.FAILED), 2000);

        assertEquals("com.acme.z 1.0.0 failed to start: its activator threw IllegalStateException: the channel "
                + "endpoint is not configured; it was uninstalled again", file("z.jar").detail());
        assertEquals(before, felix.bundles());
    }

    @Test
    void aRestartLeavesUnchangedFilesAloneAndUninstallsFilesDeletedMeanwhile() throws Exception {
        TestBundle.named("com.acme.keep", "1.0.0").writeTo(deploy.resolve("keep.jar"));
        TestBundle.named("com.acme.gone", "1.0.0").writeTo(deploy.resolve("gone.jar"));
        await(() -> state("deploy:keep.jar") == Bundle.ACTIVE && state("deploy:gone.jar") == Bundle.ACTIVE, 2000);
        long keptModified = felix.context().getBundle("deploy:keep.jar").getLastModified();
        watcher.deactivate();

        Files.delete(deploy.resolve("gone.jar"));
        watcher = startWatcher();

        await(() -> felix.context().getBundle("deploy:gone.jar") == null, 2000);
        Thread.sleep(300);
        assertEquals(keptModified, felix.context().getBundle("deploy:keep.jar").getLastModified(),
                "an unchanged file is not installed again");
        assertEquals(DeployedFile.State.DEPLOYED, file("keep.jar").state());
        assertNull(file("gone.jar"));
    }

    private int state(String location) {
        Bundle bundle = felix.context().getBundle(location);
        return bundle == null ? Bundle.UNINSTALLED : bundle.getState();
    }

    /** Reads the file's entry once: between two reads the watcher may have replaced it. */
    private boolean inState(String name, DeployedFile.State state) {
        DeployedFile file = file(name);
        return file != null && file.state() == state;
    }

    private DeployedFile file(String name) {
        return watcher.files().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    private static void await(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not reached within " + millis + " ms");
            }
            Thread.sleep(5);
        }
    }
}
