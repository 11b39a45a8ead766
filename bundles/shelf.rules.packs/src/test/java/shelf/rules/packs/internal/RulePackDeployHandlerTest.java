package shelf.rules.packs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.rules.RulePack;
import shelf.rules.engine.internal.RuleEngineFixture;
import shelf.rules.engine.spi.CompiledPack;

/** A pack file in the deploy folder becomes a RulePack service; a bad one changes nothing. */
class RulePackDeployHandlerTest {
    private static final String MATERIAL = "{\"id\": \"material-required\", \"code\": \"attr.required\", "
            + "\"field\": \"attributes.材质\", \"check\": \"required\", \"severity\": \"error\", \"message\": \"服饰类目必须填写材质\"}";
    private static final String TITLE = "{\"id\": \"title-required\", \"code\": \"field.required\", "
            + "\"field\": \"title\", \"check\": \"required\", \"severity\": \"error\", \"message\": \"必须填写标题\"}";

    @TempDir
    Path deploy;

    /** The services "registered": pack and properties, in registration order; unregistering removes them. */
    private final List<Map.Entry<RulePack, Map<String, Object>>> services = new ArrayList<>();
    private final InstalledRulePacks library = new InstalledRulePacks(RuleEngineFixture.reader(), (pack, properties) -> {
        var entry = Map.entry(pack, properties);
        services.add(entry);
        return () -> assertTrue(services.remove(entry), "unregistered twice");
    });
    private final RulePackDeployHandler handler = new RulePackDeployHandler(library, RuleEngineFixture.reader());

    private static String pack(String version, String... rules) {
        return "{\"id\":\"apparel\",\"version\":\"" + version + "\",\"appliesTo\":{\"categories\":[\"服饰鞋包/**\"]},"
                + "\"rules\":[" + String.join(",", rules) + "]}";
    }

    private Path write(String json) throws Exception {
        return Files.writeString(deploy.resolve("apparel.rules.json"), json);
    }

    @Test
    void acceptsOnlyRulePackFiles() {
        assertTrue(handler.accepts(deploy.resolve("apparel.rules.json")));
        assertTrue(handler.accepts(deploy.resolve("Apparel.RULES.JSON")));
        assertFalse(handler.accepts(deploy.resolve("apparel.json")));
        assertFalse(handler.accepts(deploy.resolve("shelf.x.jar")));
    }

    @Test
    void installUpdateUninstall() throws Exception {
        Path file = write(pack("1.2.0", MATERIAL));

        assertEquals("rule pack apparel 1.2.0 (1 rule)", handler.install(file));
        assertEquals(1, services.size());
        assertEquals(Map.of(RulePack.SERVICE_PROPERTY, "apparel", InstalledRulePacks.SOURCE_PROPERTY,
                "deploy apparel.rules.json"), services.get(0).getValue());

        write(pack("1.3.0", MATERIAL, TITLE));
        assertEquals("rule pack apparel 1.3.0 (2 rules)", handler.update(file));
        assertEquals(1, services.size());
        assertEquals("1.3.0", services.get(0).getKey().version());

        handler.uninstall(file);
        assertTrue(services.isEmpty());
        handler.uninstall(file); // nothing left to undo
    }

    @Test
    void aMalformedPackIsRefusedWithTheReadersMessageAndChangesNothing() throws Exception {
        Path file = write(pack("1.2.0", MATERIAL.replace("\"required\"", "\"requird\"")));

        Exception refused = assertThrows(Exception.class, () -> handler.install(file));

        assertTrue(refused.getMessage().startsWith("apparel.rules.json, line 1, column 83 (rule material-required): "
                + "unknown check 'requird'"),
                refused.getMessage());
        assertTrue(services.isEmpty());
    }

    @Test
    void aBadUpdateLeavesThePreviousVersionActive() throws Exception {
        Path file = write(pack("1.2.0", MATERIAL));
        handler.install(file);
        var before = List.copyOf(services);

        write("{\"id\":\"apparel\",\"version\":\"1.3.0\",\"rules\":[");
        Exception refused = assertThrows(Exception.class, () -> handler.update(file));

        assertTrue(refused.getMessage().startsWith("apparel.rules.json: not valid JSON"), refused.getMessage());
        assertEquals(before, services);
        assertEquals("1.2.0", services.get(0).getKey().version());
    }

    @Test
    void anUpdateOfAFileNeverInstalledInstallsIt() throws Exception {
        assertEquals("rule pack apparel 1.2.0 (1 rule)", handler.update(write(pack("1.2.0", MATERIAL))));
        assertEquals(1, services.size());
    }

    @Test
    void rollbackReactivatesTheVersionDeployedBefore() throws Exception {
        Path file = write(pack("1.2.0", MATERIAL));
        handler.install(file);
        write(pack("1.3.0", MATERIAL, TITLE));
        handler.update(file);

        assertEquals(List.of("apparel 1.3.0 active", "apparel 1.2.0"), versions());
        assertEquals("1.2.0", library.rollback("apparel").version());

        assertEquals(1, services.size());
        assertEquals("1.2.0", services.get(0).getKey().version());
        assertEquals(List.of("apparel 1.3.0", "apparel 1.2.0 active"), versions());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> library.rollback("apparel"));
        assertEquals("rule pack apparel has no version deployed before 1.2.0 to roll back to; to withdraw it, delete "
                + "apparel.rules.json from the deploy folder", none.getMessage());
        assertEquals("no rule pack shoes is deployed — see rules:list",
                assertThrows(IllegalArgumentException.class, () -> library.rollback("shoes")).getMessage());
    }

    @Test
    void deletingTheFileWithdrawsEveryVersionItBrought() throws Exception {
        Path file = write(pack("1.2.0", MATERIAL));
        handler.install(file);
        write(pack("1.3.0", MATERIAL, TITLE));
        handler.update(file);

        handler.uninstall(file);

        assertTrue(services.isEmpty());
        assertEquals(List.of(), versions());
    }

    @Test
    void aPackFromAnotherSourceStaysWhenOneIsWithdrawn() throws Exception {
        CompiledPack bundled = RuleEngineFixture.read("apparel.rules.json", pack("1.0.0", MATERIAL));
        library.deploy(bundled, pack("1.0.0", MATERIAL), "bundle shelf.rules.apparel", "bundle:7:rules/apparel.rules.json");
        Path file = write(pack("1.2.0", MATERIAL));
        handler.install(file);

        handler.uninstall(file);

        assertEquals(List.of("apparel 1.0.0 active"), versions());
        assertEquals("bundle shelf.rules.apparel", services.get(0).getValue().get(InstalledRulePacks.SOURCE_PROPERTY));
    }

    private List<String> versions() {
        return library.versions().stream().map(v -> v.id() + " " + v.version() + (v.active() ? " active" : "")).toList();
    }
}
