package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule packs kept in the catalogue, as a category manager sees them: on two nodes (two homes, two processes) on
 * one PostgreSQL catalogue, a pack dropped into the first node's deploy folder is in force on the second within
 * seconds, and so are its rollback and its removal; on one node (H2 or PostgreSQL), a deploy and a rollback hold
 * across a restart.
 */
class SharedPacksIT extends RunningShelf {
    /** A node reads the library's generation every second; a shell command takes about one more. */
    private static final long WITHIN_MS = 10_000;

    @TempDir
    Path home2;

    /** Version 1.0.0 finds nothing in the shirt's title; 1.1.0 finds it too long. */
    private static String teamPack(String version, int maxLength) {
        return "{\"id\": \"team\", \"version\": \"" + version + "\", \"appliesTo\": {\"categories\": [\"服饰鞋包/**\"]},"
                + " \"rules\": [{\"id\": \"short-title\", \"code\": \"title.too-long\", \"field\": \"title\","
                + " \"check\": \"maxLength\", \"max\": " + maxLength + ", \"unit\": \"chars\", \"severity\": \"error\","
                + " \"message\": \"团队规定：标题不超过" + maxLength + "个字\"}]}";
    }

    private void importShirt() throws Exception {
        new MerchantWorkbook("商品")
                .row("商品编码", "SPU-1", "商品标题", "纯棉圆领T恤 女", "类目", "服饰鞋包>女装>T恤",
                        "SKU编码", "SPU-1-A", "条形码", 6901234567892d, "进货价", 8d, "销售价", 12.5, "库存", 30d)
                .write(desk.resolve("t恤.xlsx"));
        shelf.ok("import t恤.xlsx --merchant acme");
    }

    @Test
    void aPackDeployedAndRolledBackOnOneNodeIsInForceOnTheOther() throws Exception {
        assumeTrue(TestDatabase.onPostgres(), "two nodes share a catalogue on PostgreSQL only");
        Files.createDirectories(home2.resolve("etc"));
        Files.copy(home.resolve("etc/database.properties"), home2.resolve("etc/database.properties"),
                StandardCopyOption.COPY_ATTRIBUTES);
        ShelfCommand two = new ShelfCommand(home2).in(desk);
        try {
            ShelfCommand.Result started = two.run("start");
            assertEquals(0, started.status(), started.toString());
            importShirt();
            assertFalse(two.run("-c", "validate 1").out().contains("team@"), "no team pack yet");

            Files.writeString(home.resolve("deploy/team.rules.json"), teamPack("1.0.0", 60));
            seenOn(two, "1.0.0");
            Files.writeString(home.resolve("deploy/team.rules.json"), teamPack("1.1.0", 5));
            seenOn(two, "1.1.0");
            assertFalse(Files.exists(home2.resolve("deploy/team.rules.json")), "the second node's deploy folder is its own");
            ShelfCommand.Result validated = two.run("-c", "validate 1");
            assertTrue(validated.out().contains("team@1.1.0") && validated.out().contains("title.too-long"),
                    "the second node validates with the pack deployed on the first: " + validated);

            assertEquals("rule pack team 1.0.0 is active again (deploy team.rules.json)", shelf.ok("rules:rollback team").strip());
            seenOn(two, "1.0.0");
            validated = two.run("-c", "validate 1");
            assertTrue(validated.out().contains("team@1.0.0") && !validated.out().contains("title.too-long"),
                    "rolled back on the first node, the finding is gone on the second: " + validated);

            Files.delete(home.resolve("deploy/team.rules.json"));
            String list = two.poll("rules:list", out -> out.lines().noneMatch(l -> l.strip().startsWith("team ")), WITHIN_MS);
            assertNull(activeTeam(list), list);
        } finally {
            two.run("stop");
        }
    }

    @Test
    void onOneNodeADeployAndARollbackHoldAcrossARestart() throws Exception {
        importShirt();
        Files.writeString(home.resolve("deploy/team.rules.json"), teamPack("1.0.0", 60));
        seenOn(shelf, "1.0.0");
        Files.writeString(home.resolve("deploy/team.rules.json"), teamPack("1.1.0", 5));
        seenOn(shelf, "1.1.0");
        assertTrue(shelf.run("-c", "validate 1").out().contains("title.too-long"));
        shelf.ok("rules:rollback team");

        assertEquals(0, shelf.run("stop").status());
        ShelfCommand.Result started = shelf.run("start");
        assertEquals(0, started.status(), started.toString());

        String list = shelf.ok("rules:list");
        assertEquals("1.0.0", activeTeam(list), list);
        assertEquals(2, list.lines().filter(l -> l.strip().startsWith("team ")).count(), list);
        ShelfCommand.Result validated = shelf.run("-c", "validate 1");
        assertTrue(validated.out().contains("team@1.0.0") && !validated.out().contains("title.too-long"), validated.toString());
        assertFalse(Files.exists(home.resolve("data/rule-packs.json")), "the packs are in the catalogue, not beside it");
    }

    /** Waits until {@code node} has the team pack's {@code version} in force, and prints how long that took. */
    private static void seenOn(ShelfCommand node, String version) throws Exception {
        long began = System.nanoTime();
        node.poll("rules:list", out -> version.equals(activeTeam(out)), WITHIN_MS, 250);
        System.out.printf("team %s in force on %s after %.1f s%n", version, node.home(), (System.nanoTime() - began) / 1e9);
    }

    /** The version of the team pack that rules:list shows active, or null. */
    private static String activeTeam(String rulesList) {
        return rulesList.lines().map(String::strip).filter(l -> l.startsWith("team ") && l.endsWith("yes"))
                .map(l -> l.split("\\s+")[1]).findFirst().orElse(null);
    }
}
