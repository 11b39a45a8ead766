package shelf.rules.packs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.core.internal.database.CatalogDatabase;
import shelf.rules.engine.internal.RuleEngineFixture;

/**
 * Two nodes on one catalogue, each with its own deploy folder: what a category manager deploys, rolls back or
 * deletes on one is in force on the other as soon as the other looks (every second in a running Shelf); and a
 * home that kept its packs in data/rule-packs.json before has them in force from the catalogue after the upgrade.
 */
class SharedRulePacksTest {
    private static final String MATERIAL = "{\"id\": \"material-required\", \"code\": \"attr.required\", "
            + "\"field\": \"attributes.材质\", \"check\": \"required\", \"severity\": \"error\", \"message\": \"服饰类目必须填写材质\"}";

    @TempDir
    Path home1;

    @TempDir
    Path home2;

    private CatalogDatabase catalogue;
    private final List<String> servicesOn1 = new ArrayList<>();
    private final List<String> servicesOn2 = new ArrayList<>();

    @BeforeEach
    void openCatalogue() throws Exception {
        catalogue = CatalogDatabase.open(home1.resolve("data/catalog"));
    }

    @AfterEach
    void closeCatalogue() {
        catalogue.close();
    }

    private InstalledRulePacks node(List<String> services) {
        return new InstalledRulePacks(RuleEngineFixture.reader(), (pack, properties) -> {
            String service = pack.id() + " " + pack.version() + " from " + properties.get(InstalledRulePacks.SOURCE_PROPERTY);
            services.add(service);
            return () -> services.remove(service);
        }, new CataloguePackStore(catalogue));
    }

    private static String pack(String version) {
        return "{\"id\":\"apparel\",\"version\":\"" + version + "\",\"appliesTo\":{\"categories\":[\"服饰鞋包/**\"]},"
                + "\"rules\":[" + MATERIAL + "]}";
    }

    private static Path drop(Path home, String json) throws Exception {
        Files.createDirectories(home.resolve("deploy"));
        return Files.writeString(home.resolve("deploy/apparel.rules.json"), json);
    }

    @Test
    void aPackDeployedRolledBackAndDeletedOnOneNodeIsSoOnTheOther() throws Exception {
        InstalledRulePacks one = node(servicesOn1);
        InstalledRulePacks two = node(servicesOn2);
        RulePackDeployHandler deployOn1 = new RulePackDeployHandler(one, RuleEngineFixture.reader());

        deployOn1.install(drop(home1, pack("1.2.0")));
        assertEquals(List.of(), servicesOn2, "node 2 has not looked yet");
        two.follow();
        assertEquals(List.of("apparel 1.2.0 from deploy apparel.rules.json"), servicesOn2);

        deployOn1.update(drop(home1, pack("1.3.0")));
        two.follow();
        assertEquals(List.of("apparel 1.3.0 from deploy apparel.rules.json"), servicesOn2);
        assertEquals(List.of("apparel 1.3.0 active", "apparel 1.2.0"), versions(two));

        assertEquals("1.2.0", one.rollback("apparel").version());
        two.follow();
        assertEquals(List.of("apparel 1.2.0 from deploy apparel.rules.json"), servicesOn2);

        deployOn1.uninstall(home1.resolve("deploy/apparel.rules.json"));
        two.follow();
        assertEquals(List.of(), servicesOn2);
        assertEquals(List.of(), versions(two));
    }

    @Test
    void aRollbackOnTheOtherNodeIsSeenByTheFirst() throws Exception {
        InstalledRulePacks one = node(servicesOn1);
        InstalledRulePacks two = node(servicesOn2);
        RulePackDeployHandler deployOn1 = new RulePackDeployHandler(one, RuleEngineFixture.reader());
        deployOn1.install(drop(home1, pack("1.2.0")));
        deployOn1.update(drop(home1, pack("1.3.0")));

        two.rollback("apparel"); // node 2 looks before it rolls back: it need not have followed first

        one.follow();
        assertEquals(List.of("apparel 1.2.0 from deploy apparel.rules.json"), servicesOn1);
        assertEquals("rule pack apparel 1.3.0 (1 rule), rolled back: apparel 1.2.0 (an earlier content of this file) is in force",
                deployOn1.status(home1.resolve("deploy/apparel.rules.json")));
    }

    @Test
    void aBundlesPackRunsOnlyWhereItsBundleIsAndTheFilesPackRunsElsewhere() throws Exception {
        InstalledRulePacks one = node(servicesOn1);
        InstalledRulePacks two = node(servicesOn2);
        new RulePackDeployHandler(two, RuleEngineFixture.reader()).install(drop(home2, pack("1.2.0")));
        String bundled = pack("1.1.0");
        one.deploy(RuleEngineFixture.read("shelf.rules.apparel/rules/apparel.rules.json", bundled), bundled,
                "bundle shelf.rules.apparel", "bundle:shelf.rules.apparel:rules/apparel.rules.json");

        two.follow();
        assertEquals(List.of("apparel 1.1.0 from bundle shelf.rules.apparel"), servicesOn1);
        assertEquals(List.of("apparel 1.2.0 from deploy apparel.rules.json"), servicesOn2,
                "node 2 has no shelf.rules.apparel: the newest version it can run is in force there");
    }

    @Test
    void theRulePacksFileOfAnOlderHomeMovesIntoTheCatalogue() throws Exception {
        String json = pack("1.2.0");
        String digest = InstalledRulePacks.digest(json);
        String bundled = pack("1.1.0");
        Path file = Files.createDirectories(home1.resolve("data")).resolve("rule-packs.json");
        Files.writeString(file, "{\"versions\": [{\"id\": \"apparel\", \"version\": \"1.1.0\", \"source\": \"bundle "
                + "shelf.rules.apparel\", \"origin\": \"bundle:7:rules/apparel.rules.json\", \"digest\": \""
                + InstalledRulePacks.digest(bundled) + "\"}, {\"id\": \"apparel\", \"version\": \"1.2.0\", \"source\": \"deploy "
                + "apparel.rules.json\", \"origin\": \"deploy:apparel.rules.json\", \"digest\": \"" + digest + "\", \"json\": "
                + new com.google.gson.Gson().toJson(json) + "}], \"active\": {\"apparel\": \"bundle:7:rules/apparel.rules.json@1.1.0\"}}");

        new LegacyPackFile(file).importInto(new CataloguePackStore(catalogue));
        InstalledRulePacks upgraded = node(servicesOn1);

        assertFalse(Files.exists(file));
        assertTrue(Files.exists(home1.resolve("data/rule-packs.json.imported")));
        assertEquals(List.of("apparel 1.2.0 from deploy apparel.rules.json"), servicesOn1, "until the bundle starts");
        upgraded.deploy(RuleEngineFixture.read("shelf.rules.apparel/rules/apparel.rules.json", bundled), bundled,
                "bundle shelf.rules.apparel", "bundle:shelf.rules.apparel:rules/apparel.rules.json");
        assertEquals(List.of("apparel 1.2.0", "apparel 1.1.0 active"), versions(upgraded),
                "the rollback to the bundle's version holds across the upgrade");
        assertEquals(List.of("apparel 1.1.0 from bundle shelf.rules.apparel"), servicesOn1);
    }

    private static List<String> versions(InstalledRulePacks library) {
        return library.versions().stream().map(v -> v.id() + " " + v.version() + (v.active() ? " active" : "")).toList();
    }
}
