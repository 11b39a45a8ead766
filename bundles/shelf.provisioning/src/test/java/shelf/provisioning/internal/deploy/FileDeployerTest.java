package shelf.provisioning.internal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.deploy.DeployHandler;
import shelf.api.deploy.DeployedFile.State;

class FileDeployerTest {
    @TempDir
    Path temp;

    /** A handler that takes files by extension and records what it was asked to do. */
    static final class RecordingHandler implements DeployHandler {
        final String extension;
        final List<String> calls = new ArrayList<>();
        String failInstallWith;

        RecordingHandler(String extension) {
            this.extension = extension;
        }

        @Override
        public boolean accepts(Path file) {
            return file.getFileName().toString().endsWith(extension);
        }

        @Override
        public String install(Path file) throws Exception {
            calls.add("install " + file.getFileName());
            if (failInstallWith != null) {
                throw new IllegalStateException(failInstallWith + "\n\tat some.Stack(Trace.java:1)");
            }
            return "installed " + file.getFileName();
        }

        @Override
        public String update(Path file) {
            calls.add("update " + file.getFileName());
            return "updated " + file.getFileName();
        }

        @Override
        public void uninstall(Path file) {
            calls.add("uninstall " + file.getFileName());
        }
    }

    private FileDeployer deployer(DeployHandlers handlers, DeployLedger ledger) {
        return new FileDeployer(temp.resolve("deploy"), handlers, ledger, () -> 42L);
    }

    @Test
    void theHighestRankedHandlerThatAcceptsTakesTheFile() {
        RecordingHandler low = new RecordingHandler(".jar");
        RecordingHandler high = new RecordingHandler(".jar");
        DeployHandlers handlers = new DeployHandlers();
        handlers.add(low, Map.of(DeployHandler.KIND, "low", "service.ranking", 0, "service.id", 1L));
        handlers.add(high, Map.of(DeployHandler.KIND, "high", "service.ranking", 10, "service.id", 2L));
        DeployLedger ledger = new DeployLedger(temp.resolve("deploy.json"));

        deployer(handlers, ledger).deploy("x.jar", 5, 7);

        assertEquals(List.of("install x.jar"), high.calls);
        assertEquals(List.of(), low.calls);
        DeployRecord record = ledger.get("x.jar").orElseThrow();
        assertEquals(new DeployRecord("x.jar", "high", State.DEPLOYED, "installed x.jar", 42, 5, 7, true), record);
    }

    @Test
    void aChangedFileIsUpdatedAndADeletedOneUninstalledByTheSameKind() {
        RecordingHandler jars = new RecordingHandler(".jar");
        DeployHandlers handlers = new DeployHandlers();
        handlers.add(jars, Map.of(DeployHandler.KIND, "bundle"));
        DeployLedger ledger = new DeployLedger(temp.resolve("deploy.json"));
        FileDeployer deployer = deployer(handlers, ledger);

        deployer.deploy("x.jar", 5, 7);
        deployer.deploy("x.jar", 6, 8);
        deployer.remove("x.jar");

        assertEquals(List.of("install x.jar", "update x.jar", "uninstall x.jar"), jars.calls);
        assertTrue(ledger.get("x.jar").isEmpty());
    }

    @Test
    void aHandlerFailureBecomesOneLineAndIsRememberedAcrossRestarts() {
        RecordingHandler jars = new RecordingHandler(".jar");
        jars.failInstallWith = "not a valid bundle: x.jar: zip END header not found";
        DeployHandlers handlers = new DeployHandlers();
        handlers.add(jars, Map.of(DeployHandler.KIND, "bundle"));
        Path file = temp.resolve("deploy.json");

        deployer(handlers, new DeployLedger(file)).deploy("x.jar", 5, 7);

        DeployLedger reloaded = new DeployLedger(file);
        reloaded.load();
        DeployRecord record = reloaded.get("x.jar").orElseThrow();
        assertEquals(State.FAILED, record.state());
        assertEquals("not a valid bundle: x.jar: zip END header not found", record.detail());
        assertTrue(record.unchanged(5, 7));
        assertTrue(!record.deployed(), "nothing was installed, so a delete has nothing to undo");
    }

    @Test
    void aFileNoHandlerTakesIsIgnored() {
        DeployLedger ledger = new DeployLedger(temp.resolve("deploy.json"));

        deployer(new DeployHandlers(), ledger).deploy("notes.txt", 1, 1);

        assertEquals(State.IGNORED, ledger.get("notes.txt").orElseThrow().state());
    }

    @Test
    void hiddenAndTemporaryFilesAreNotCandidates() {
        assertTrue(DeployWatcher.isCandidate("x.jar"));
        for (String name : List.of(".x.jar", "x.jar.tmp", "x.jar.part", "x.jar~", "X.JAR.PART")) {
            assertTrue(!DeployWatcher.isCandidate(name), name);
        }
    }

    @Test
    void anErrorInAHandlerFailsThatFileOnlyAndTheNextFileIsDeployed() {
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
                return install(file);
            }

            @Override
            public void uninstall(Path file) {
            }
        };
        RecordingHandler jars = new RecordingHandler(".jar");
        DeployHandlers handlers = new DeployHandlers();
        handlers.add(exhausted, Map.of(DeployHandler.KIND, "rule-pack", "service.id", 1L));
        handlers.add(jars, Map.of(DeployHandler.KIND, "bundle", "service.id", 2L));
        DeployLedger ledger = new DeployLedger(temp.resolve("deploy.json"));
        FileDeployer deployer = deployer(handlers, ledger);

        deployer.deploy("huge.rules.json", 5, 7);
        deployer.deploy("x.jar", 5, 7);

        DeployRecord failed = ledger.get("huge.rules.json").orElseThrow();
        assertEquals(State.FAILED, failed.state());
        assertEquals("the handler ran out of memory (Java heap space); nothing else was affected", failed.detail());
        assertEquals(State.DEPLOYED, ledger.get("x.jar").orElseThrow().state());
        assertEquals(List.of("install x.jar"), jars.calls);
    }
}
