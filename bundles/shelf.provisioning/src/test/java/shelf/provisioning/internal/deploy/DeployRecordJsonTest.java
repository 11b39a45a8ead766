package shelf.provisioning.internal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.deploy.DeployedFile.State;

class DeployRecordJsonTest {

    @Test
    void theLedgerSurvivesARestart(@TempDir Path temp) {
        Path file = temp.resolve("data/deploy.json");
        DeployLedger ledger = new DeployLedger(file);
        DeployRecord jar = new DeployRecord("x.jar", "bundle", State.DEPLOYED, "bundle 12 com.acme.x 1.2.0 active",
                1_700_000_000_000L, 1234, 1_699_999_999_000L, true);
        DeployRecord rules = new DeployRecord("规则.json", "", State.IGNORED, "no deploy handler takes this kind of file",
                1_700_000_000_001L, 10, 20, false);
        ledger.put(jar);
        ledger.put(rules);

        DeployLedger reloaded = new DeployLedger(file);
        reloaded.load();

        assertEquals(List.of(jar, rules), reloaded.all());
    }
}
