package shelf.channel.sandbox.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sandbox shop outlives the runtime: what was created or changed is there after a restart, once. */
class ListingJournalTest {
    @TempDir
    Path data;

    private static ListingDraft draft(String outerId) {
        return new ListingDraft(outerId, "纯棉短袖T恤", "50000436", List.of("https://img/1.jpg"),
                List.of(new ListingDraft.SkuDraft(outerId + "-1", Map.of("颜色", "白色"), 9900, 10)));
    }

    @Test
    void listingsAndTheirChangesAreThereAfterARestart() {
        Path file = data.resolve("taobao.jsonl");
        ListingStore shop = new ListingStore(1_000, ListingJournal.open(file));
        SandboxListing a = shop.create(draft("SPU-A"));
        shop.create(draft("SPU-B"));
        synchronized (a) {
            a.sku("SPU-A-1").priceFen = 8900;
            shop.saved(a);
        }
        shop.close();

        ListingStore again = new ListingStore(1_000, ListingJournal.open(file));

        assertEquals(2, again.count());
        assertEquals(0, again.duplicates());
        assertEquals(8900, again.byOuterId("SPU-A").get(0).sku("SPU-A-1").priceFen);
        long highest = Long.parseLong(again.create(draft("SPU-C")).id);
        assertTrue(highest > Long.parseLong(a.id) + 1, "ids go on after the ones in the file: " + highest);
        again.close();
    }

    @Test
    void aLineCutShortByAKillIsSkippedAndResetForgetsEverything() throws Exception {
        Path file = data.resolve("weidian.jsonl");
        ListingStore shop = new ListingStore(1_000, ListingJournal.open(file));
        shop.create(draft("SPU-A"));
        shop.close();
        Files.writeString(file, "{\"op\":\"put\",\"listing\":{\"id\":\"99", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        ListingStore again = new ListingStore(1_000, ListingJournal.open(file));
        assertEquals(1, again.count());
        again.clear();
        again.close();

        assertEquals(0, new ListingStore(1_000, ListingJournal.open(file)).count());
    }
}
