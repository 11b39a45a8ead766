package shelf.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.StoredBatch;
import shelf.api.publish.PublishRequest;

/**
 * A channel's worker claims its next jobs off the front of the queue: the rows H2 reads for a claim do not grow
 * with the jobs waiting behind them (a queue of 250,000 once made each claim read, join and sort them all).
 */
class ClaimReadsTheFrontTest {
    @TempDir
    Path folder;

    PublishFixture shelf;

    @AfterEach
    void close() {
        if (shelf != null) {
            shelf.close();
        }
    }

    @Test
    void aClaimOfSixteenJobsReadsSixteenJobsHoweverManyWait() throws Exception {
        shelf = new PublishFixture(folder).start(java.util.Map.of());
        StoredBatch batch = shelf.batch(PublishFixture.products(2_000));
        assertEquals(2_000, shelf.engine.publish(PublishFixture.ADMIN,
                new PublishRequest(batch.id(), List.of(), List.of("weidian"), "ops")).queued());

        String plan;
        try (Connection c = shelf.store.connect(); PreparedStatement s = c.prepareStatement("EXPLAIN ANALYZE " + JobQueue.CLAIM)) {
            s.setString(1, "weidian");
            s.setLong(2, Long.MAX_VALUE);
            s.setInt(3, 16);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                plan = rs.getString(1);
            }
        }
        Matcher jobsRead = Pattern.compile("PUBLISH_JOB_QUEUE.*?scanCount: (\\d+)", Pattern.DOTALL).matcher(plan);
        assertTrue(jobsRead.find(), plan);
        assertEquals(16, Integer.parseInt(jobsRead.group(1)), plan);
    }
}
