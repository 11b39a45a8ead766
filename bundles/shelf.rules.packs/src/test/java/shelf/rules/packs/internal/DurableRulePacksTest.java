package shelf.rules.packs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.rules.PackDescription;
import shelf.core.internal.database.CatalogDatabase;
import shelf.rules.engine.internal.RuleEngineFixture;

/**
 * Rule packs as a category manager deploys them across restarts: what deploy/ holds stays in force, a pack
 * edited in place under the same version is refused, and a rollback is what deploy:status reports.
 */
class DurableRulePacksTest {
    private static final String MATERIAL = "{\"id\": \"material-required\", \"code\": \"attr.required\", "
            + "\"field\": \"attributes.材质\", \"check\": \"required\", \"severity\": \"error\", \"message\": \"服饰类目必须填写材质\"}";
    private static final String TITLE = "{\"id\": \"title-length\", \"code\": \"title.too-long\", \"field\": \"title\", "
            + "\"check\": \"maxLength\", \"max\": 60, \"unit\": \"gbk\", \"severity\": \"error\", \"message\": \"标题过长\"}";

    @TempDir
    Path home;

    /** The services "registered" now: pack id and version, in registration order. */
    private final List<String> services = new ArrayList<>();

    /** The home's catalogue, open for the whole test as the database of a restarted Shelf would be the same file. */
    private CatalogDatabase catalogue;

    private InstalledRulePacks start() throws Exception {
        if (catalogue == null) {
            catalogue = CatalogDatabase.open(home.resolve("data/catalog"));
        }
        return new InstalledRulePacks(RuleEngineFixture.reader(), (pack, properties) -> {
            String service = pack.id() + " " + pack.version() + " from " + properties.get(InstalledRulePacks.SOURCE_PROPERTY);
            services.add(service);
            return () -> services.remove(service);
        }, new CataloguePackStore(catalogue));
    }

    @AfterEach
    void closeCatalogue() {
        if (catalogue != null) {
            catalogue.close();
        }
    }

    /** A restart: the old library's services are gone with the framework, a new library reads the store. */
    private InstalledRulePacks restart() throws Exception {
        services.clear();
        return start();
    }

    private static String pack(String version, String... rules) {
        return "{\"id\":\"apparel\",\"version\":\"" + version + "\",\"appliesTo\":{\"categories\":[\"服饰鞋包/**\"]},"
                + "\"rules\":[" + String.join(",", rules) + "]}";
    }

    private Path write(String json) throws Exception {
        Files.createDirectories(home.resolve("deploy"));
        return Files.writeString(home.resolve("deploy/apparel.rules.json"), json);
    }

    private static void bundleDeploys(InstalledRulePacks library, String json) throws Exception {
        library.deploy(RuleEngineFixture.read("shelf.rules.apparel/rules/apparel.rules.json", json), json,
                "bundle shelf.rules.apparel", "bundle:shelf.rules.apparel:rules/apparel.rules.json");
    }

    @Test
    void aPackFromTheDeployFolderIsInForceAfterARestartWithoutBeingDeployedAgain() throws Exception {
        new RulePackDeployHandler(start(), RuleEngineFixture.reader()).install(write(pack("1.2.0", MATERIAL)));

        InstalledRulePacks restarted = restart();

        assertEquals(List.of("apparel 1.2.0 from deploy apparel.rules.json"), services);
        assertEquals(List.of("apparel 1.2.0 active"), versions(restarted));
        RulePackDeployHandler handler = new RulePackDeployHandler(restarted, RuleEngineFixture.reader());
        assertEquals("rule pack apparel 1.2.0 (1 rule)", handler.install(home.resolve("deploy/apparel.rules.json")),
                "the same file deployed again (deploy.json lost) changes nothing");
        assertEquals(List.of("apparel 1.2.0 active"), versions(restarted));
    }

    @Test
    void aFileInDeployOfWhichTheCatalogueHasNoVersionIsDeployedWhenShelfStarts() throws Exception {
        write(pack("1.2.0", MATERIAL)); // a home from before the catalogue kept the packs, without rule-packs.json
        InstalledRulePacks library = start();
        RulePackDeployHandler handler = new RulePackDeployHandler(library, RuleEngineFixture.reader());

        handler.deployMissing(home.resolve("deploy"));

        assertEquals(List.of("apparel 1.2.0 from deploy apparel.rules.json"), services);
        handler.update(write(pack("1.3.0", MATERIAL)));
        library.rollback("apparel");
        handler.deployMissing(home.resolve("deploy"));
        assertEquals(List.of("apparel 1.2.0 from deploy apparel.rules.json"), services, "the next start undoes no rollback");
    }

    @Test
    void theNewerFileStaysActiveWhenTheBundlePackArrivesAfterTheRestart() throws Exception {
        InstalledRulePacks library = start();
        bundleDeploys(library, pack("1.0.0", MATERIAL, TITLE));
        new RulePackDeployHandler(library, RuleEngineFixture.reader()).install(write(pack("1.2.0", MATERIAL)));

        InstalledRulePacks restarted = restart();
        bundleDeploys(restarted, pack("1.0.0", MATERIAL, TITLE));

        assertEquals(List.of("apparel 1.2.0 active", "apparel 1.0.0"), versions(restarted));
        assertEquals(List.of("apparel 1.2.0 from deploy apparel.rules.json"), services);
    }

    @Test
    void aRollbackToTheBundlesVersionHoldsAfterTheRestart() throws Exception {
        InstalledRulePacks library = start();
        bundleDeploys(library, pack("1.0.0", MATERIAL, TITLE));
        new RulePackDeployHandler(library, RuleEngineFixture.reader()).install(write(pack("1.2.0", MATERIAL)));
        library.rollback("apparel");

        InstalledRulePacks restarted = restart();
        bundleDeploys(restarted, pack("1.0.0", MATERIAL, TITLE));

        assertEquals(List.of("apparel 1.2.0", "apparel 1.0.0 active"), versions(restarted));
        assertEquals(List.of("apparel 1.0.0 from bundle shelf.rules.apparel"), services);
        assertEquals("rule pack apparel 1.2.0 (1 rule), rolled back: apparel 1.0.0 (bundle shelf.rules.apparel) is in force",
                new RulePackDeployHandler(restarted, RuleEngineFixture.reader()).status(home.resolve("deploy/apparel.rules.json")));
    }

    @Test
    void aPackEditedInPlaceUnderTheSameVersionIsRefusedAndTheEarlierContentCanBeRolledBackTo() throws Exception {
        InstalledRulePacks library = start();
        RulePackDeployHandler handler = new RulePackDeployHandler(library, RuleEngineFixture.reader());
        Path file = write(pack("1.2.0", MATERIAL));
        handler.install(file);

        write(pack("1.2.0", MATERIAL, TITLE));
        Exception refused = assertThrows(IllegalArgumentException.class, () -> handler.update(file));

        assertEquals("apparel.rules.json: rule pack apparel 1.2.0 is already deployed with other rules (from deploy "
                + "apparel.rules.json), which are kept — give the changed pack a new \"version\" (1.2.1, say) so that "
                + "rules:rollback apparel can return to 1.2.0", refused.getMessage());
        assertEquals(List.of("apparel 1.2.0 from deploy apparel.rules.json"), services);
        assertEquals(1, library.describe("apparel").orElseThrow().rules().size(), "the earlier content runs");

        write(pack("1.2.1", MATERIAL, TITLE));
        assertEquals("rule pack apparel 1.2.1 (2 rules)", handler.update(file));
        assertEquals("rule pack apparel 1.2.1 (2 rules)", handler.status(file));
        assertEquals("1.2.0", library.rollback("apparel").version());

        assertEquals(1, library.describe("apparel").orElseThrow().rules().size());
        assertEquals("rule pack apparel 1.2.1 (2 rules), rolled back: apparel 1.2.0 (an earlier content of this file) "
                + "is in force", handler.status(file));
        InstalledRulePacks restarted = restart();
        assertEquals(List.of("apparel 1.2.1", "apparel 1.2.0 active"), versions(restarted),
                "the earlier content, no longer in any file, is kept across the restart");
    }

    @Test
    void rollingBackTheFirstVersionSaysHowToWithdrawIt() throws Exception {
        InstalledRulePacks library = start();
        new RulePackDeployHandler(library, RuleEngineFixture.reader()).install(write(pack("1.2.0", MATERIAL)));

        Exception none = assertThrows(IllegalArgumentException.class, () -> library.rollback("apparel"));

        assertEquals("rule pack apparel has no version deployed before 1.2.0 to roll back to; to withdraw it, delete "
                + "apparel.rules.json from the deploy folder", none.getMessage());
    }

    @Test
    void aDeletedFileIsWithdrawnForGood() throws Exception {
        InstalledRulePacks library = start();
        RulePackDeployHandler handler = new RulePackDeployHandler(library, RuleEngineFixture.reader());
        Path file = write(pack("1.2.0", MATERIAL));
        handler.install(file);
        handler.uninstall(file);

        InstalledRulePacks restarted = restart();

        assertEquals(List.of(), services);
        assertEquals(List.of(), versions(restarted));
    }

    @Test
    void rulesShowGivesEachRulesParameters() throws Exception {
        InstalledRulePacks library = start();
        String words = "{\"id\": \"no-ads\", \"code\": \"title.banned-word\", \"field\": \"title\", \"check\": "
                + "\"notContainsWords\", \"words\": [\"最\", \"第一\", \"国家级\", \"顶级\", \"极品\", \"全网最低\", \"绝对\"],"
                + " \"severity\": \"error\", \"message\": \"禁用词\"}";
        new RulePackDeployHandler(library, RuleEngineFixture.reader()).install(write(pack("1.2.0", MATERIAL, TITLE, words)));

        List<String> parameters = library.describe("apparel").orElseThrow().rules().stream()
                .map(PackDescription.RuleDescription::parameters).toList();

        assertEquals(List.of("", "max=60, unit=gbk", "words=[最, 第一, 国家级, 顶级, 极品, … 2 more]"), parameters);
    }

    private static List<String> versions(InstalledRulePacks library) {
        return library.versions().stream().map(v -> v.id() + " " + v.version() + (v.active() ? " active" : "")).toList();
    }
}
