package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** Batch numbers go on one by one across restarts and kills, on H2 as on PostgreSQL (issue 14). */
class IdsAfterRestartIT extends RunningShelf {

    @Test
    void aBatchAfterAStopOrAKillTakesTheNextNumber() throws Exception {
        Files.writeString(desk.resolve("上新.csv"), "商品编码,商品标题,条形码,销售价\r\nSPU-1,纯棉圆领T恤,6901234567892,39.90\r\n");
        assertTrue(shelf.ok("import 上新.csv --merchant acme").startsWith("Imported 上新.csv as batch 1 "));

        assertEquals(0, shelf.run("stop").status());
        assertEquals(0, shelf.run("start").status());
        assertTrue(shelf.ok("import 上新.csv --merchant acme").startsWith("Imported 上新.csv as batch 2 "));

        long pid = Long.parseLong(Files.readString(home.resolve("data/shelf.pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly(); // SIGKILL: H2 had recorded 32 numbers ahead, and the next batch was 34
        process.onExit().get();
        ShelfCommand.Result restarted = shelf.run("start");
        assertEquals(0, restarted.status(), restarted.toString());
        String third = shelf.ok("import 上新.csv --merchant acme");
        assertTrue(third.startsWith("Imported 上新.csv as batch 3 "), third);
        assertEquals("[1, 2, 3]", batchNumbers());
    }

    private String batchNumbers() throws Exception {
        return shelf.ok("batch:list").lines().skip(1).map(l -> l.strip().split(" +")[0]).toList().toString();
    }
}
