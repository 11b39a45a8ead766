package shelf.review.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The board's counts under fifty reviewers: one recount at a time, and no page waits for it. */
class RecentCountsTest {
    private final AtomicLong now = new AtomicLong();
    private final RecentCounts counts = new RecentCounts(now::get);

    @Test
    void aCountIsKeptTwoSecondsThenRecountedOnceWhileEveryoneGetsTheOneBefore() throws Exception {
        AtomicInteger counted = new AtomicInteger();
        assertEquals(1, (int) counts.get("board", () -> counted.incrementAndGet()), "the first count is waited for");
        now.addAndGet(1_900_000_000L);
        assertEquals(1, (int) counts.get("board", () -> counted.incrementAndGet()), "kept under two seconds");
        assertEquals(1, counted.get());

        now.addAndGet(200_000_000L);
        CountDownLatch scanning = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        RecentCounts.Count<Integer> slow = () -> {
            scanning.countDown();
            finish.await(10, TimeUnit.SECONDS);
            return 100 + counted.incrementAndGet();
        };
        long began = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            assertEquals(1, (int) counts.get("board", slow), "the count before, while the recount runs");
        }
        assertTrue(System.nanoTime() - began < 5_000_000_000L, "no caller waited for the scan");
        assertTrue(scanning.await(10, TimeUnit.SECONDS));
        finish.countDown();
        for (int i = 0; i < 100 && counted.get() < 2; i++) {
            Thread.sleep(20);
        }
        Thread.sleep(50);
        assertEquals(2, counted.get(), "fifty callers, one recount");
        assertEquals(102, (int) counts.get("board", slow), "then the new count");
    }

    @Test
    void aFailedFirstCountIsNotKept() {
        Exception failed = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                () -> counts.get("board", () -> {
                    throw new java.sql.SQLException("database closed");
                }));
        assertEquals("database closed", failed.getMessage());
        try {
            assertEquals(7, (int) counts.get("board", () -> 7), "counted again on the next call");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
