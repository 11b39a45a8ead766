package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import shelf.launcher.passreview.PassReview;

/**
 * The small core's promise: one capability bundle is updated or replaced while the others go on working —
 * the publishing bundle updated with 2,000 jobs in flight loses and repeats none of them, and a team's own
 * review bundle in place of Shelf's is the one publishing follows; no other bundle restarts either time
 * (every bundle start and stop is in the log, see BundleEventLog).
 */
class BundleReplacementIT extends RunningShelf {
    private static final List<String> CHANNELS = List.of("weidian", "taobao", "pinduoduo", "douyin", "wechat");
    private static final Pattern BUNDLE_EVENT = Pattern.compile("bundle (\\S+) \\S+: (stopped|started|updated|uninstalled|installed)");

    /** Publishes to the sandbox's marketplaces on any free port. */
    @Override
    boolean sandbox() {
        return true;
    }

    @Test
    void thePublishingBundleUpdatedWith2000JobsInFlightSendsEachOnceAndRestartsNothingElse() throws Exception {
        // 400 products: 1,000 rows of one to four SKUs
        SeededDefects batch = SeededDefects.generate(desk, 1_000, false);
        int jobs = batch.products * CHANNELS.size();
        assertEquals(2_000, jobs);
        // 20 calls a second per channel: the jobs take some 20 s, so the update comes while they go out
        Files.createDirectories(home.resolve("etc/features"));
        Files.writeString(home.resolve("etc/features/slow.json"), """
                {"feature-resource-version": "1.0", "id": "local:slow:1.0.0", "bundles": [],
                 "configurations": {"shelf.publish": {"qps": 20}}}
                """);
        shelf.ok("feature:install slow");
        shelf.ok("import seeded.xlsx --merchant 青禾旗舰店; merchant:set 青禾旗舰店 --annual-sales 8000000; submit 1");
        String queued = shelf.ok("publish 1 --all-channels");
        assertTrue(queued.startsWith("queued 2,000 jobs"), queued);
        shelf.poll("jobs --limit 1", out -> ShelfCommand.doneJobs(out) >= 300, 300_000, 500);

        long logMark = Files.size(log());
        String updated = shelf.ok("bundle:update shelf.publish");
        assertTrue(ShelfCommand.doneJobs(shelf.ok("jobs --limit 1")) < jobs, "the update came while jobs were in flight: " + updated);

        String finished = shelf.poll("jobs", out -> out.contains(" 0 pending, 0 running"), 600_000, 1_000);
        assertTrue(finished.strip().replaceAll("(\\d),(\\d)", "$1$2").endsWith("2000 jobs: 2000 done, 0 failed, 0 pending, 0 running, 0 cancelled"),
                finished);
        for (String channel : CHANNELS) {
            assertEquals("listings " + batch.products + ", duplicates 0",
                    shelf.ok("sandbox:listings " + channel + " --count").strip(), channel);
        }
        assertEquals(Set.of("shelf.publish"), restartedSince(logMark));
    }

    @Test
    void aTeamsOwnReviewBundleReplacesShelfsAndPublishingFollowsIt() throws Exception {
        SeededDefects.generate(desk, 40, false); // 16 products
        shelf.ok("import seeded.xlsx --merchant 青禾旗舰店");
        String held = shelf.ok("publish 1 --channel weidian");
        assertTrue(held.startsWith("queued 0 jobs"), "nothing submitted, so Shelf's review holds every product: " + held);

        long logMark = Files.size(log());
        shelf.ok("bundle:uninstall shelf.review");
        Path jar = ClassesBundle.write(desk.resolve("pass-review.jar"), "team.review.pass", "1.0.0", PassReview.class,
                "org.osgi.framework, shelf.api.review, shelf.api.security", Map.of());
        Files.copy(jar, home.resolve("deploy/pass-review.jar"));
        shelf.poll("bundle:list", list -> {
            String line = ShelfCommand.lineWith(list, "team.review.pass");
            return line != null && line.contains("Active");
        }, 30_000);

        String followed = shelf.ok("publish 1 --channel weidian");
        assertTrue(followed.startsWith("queued 16 jobs (run 2): 16 products to weidian"), followed);
        Set<String> changed = restartedSince(logMark);
        assertTrue(changed.stream().noneMatch(name -> name.startsWith("shelf.") && !name.equals("shelf.review")),
                "only the review bundle went, and the team's came: " + changed);
    }

    private Path log() {
        return home.resolve("log/shelf.log");
    }

    /** The bundles started, stopped, updated, installed or uninstalled after {@code mark} bytes of the log. */
    private Set<String> restartedSince(long mark) throws Exception {
        byte[] all = Files.readAllBytes(log());
        String since = new String(all, (int) mark, all.length - (int) mark, java.nio.charset.StandardCharsets.UTF_8);
        Set<String> names = new TreeSet<>();
        Matcher m = BUNDLE_EVENT.matcher(since);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
