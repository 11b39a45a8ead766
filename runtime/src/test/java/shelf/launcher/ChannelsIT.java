package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh home has the five channel adapters pointed at the local sandbox: sandbox:selftest drives each one
 * end to end through the real distribution; pointing one at the real platform is a file in etc/channels.
 */
class ChannelsIT {
    private static final List<String> CHANNELS = List.of("weidian", "taobao", "pinduoduo", "douyin", "wechat");
    private static final Pattern LISTENING = Pattern.compile("sandbox listening on http://127\\.0\\.0\\.1:(\\d+) \\(port \\d+\\)");

    @TempDir
    Path home;

    ShelfCommand shelf;

    @BeforeEach
    void startOnAnyFreePort() throws Exception {
        ShelfCommand.withSandbox(home);
        shelf = new ShelfCommand(home);
        start();
    }

    private void start() throws Exception {
        ShelfCommand.Result started = shelf.run("start");
        assertEquals(0, started.status(), started.toString());
    }

    @AfterEach
    void stop() throws Exception {
        shelf.run("stop");
    }

    @Test
    void everyAdapterWorksAgainstTheSandboxOutOfTheBox() throws Exception {
        String features = shelf.ok("feature:list");
        for (String channel : CHANNELS) {
            assertTrue(ShelfCommand.lineWith(features, "channel-" + channel).contains("yes"), features);
        }
        assertTrue(ShelfCommand.lineWith(features, "sandbox").contains("yes"), features);
        String status = sandboxStatus();
        Matcher listening = LISTENING.matcher(status);
        assertTrue(listening.find(), status);
        assertNotEquals("18480", listening.group(1), "port=0 in etc/channels/sandbox.properties picks a free port");
        for (String channel : CHANNELS) {
            assertNotNull(ShelfCommand.lineWith(status, "/" + channel), status);
        }

        String selftest = shelf.ok("sandbox:selftest");
        assertTrue(selftest.contains("selftest: 5 of 5 channels passed"), selftest);
        for (String channel : CHANNELS) {
            for (String step : List.of("create", "find by outer id", "set price 19.90", "set stock 7", "delist",
                    "lost response, then found", "token expired, renewed")) {
                String line = selftest.lines().filter(l -> l.startsWith(channel) && l.contains(step)).findFirst().orElse(null);
                assertNotNull(line, channel + " " + step + ":\n" + selftest);
                assertTrue(line.contains(" ok "), line);
            }
            assertEquals("listings 0, duplicates 0", shelf.ok("sandbox:listings " + channel + " --count").strip());
        }

        String faults = shelf.ok("sandbox:faults all --timeout 0.1 --lost-response 0.1 --busy 0.1 --qps 50");
        assertTrue(ShelfCommand.lineWith(faults, "douyin").contains("timeout 10%, lost 10%, busy 10%, qps 50"), faults);
        ShelfCommand.Result bad = shelf.run("-c", "sandbox:faults taobao --busy 2");
        assertNotEquals(0, bad.status());
        assertTrue(bad.toString().contains("--busy 2.0 is not a probability — write 0.1 or 10%"), bad.toString());
        assertEquals("sandbox reset: 0 listings removed, faults cleared", shelf.ok("sandbox:reset").strip());
        assertTrue(ShelfCommand.lineWith(shelf.ok("sandbox:status"), "/taobao").endsWith("none"));
    }

    @Test
    void aChannelPointedAtTheRealPlatformIsLeftAloneAndItsSecretNeverShows() throws Exception {
        sandboxStatus();
        shelf.run("stop");
        Files.writeString(home.resolve("etc/channels/taobao.properties"),
                "endpoint=https://eco.taobao.com\nappKey=12345678\nappSecret=TOP-SECRET-VALUE\n");
        // a secrets file others can read is refused (LocalSafetyIT): private, as the README says to write it
        Files.setPosixFilePermissions(home.resolve("etc/channels/taobao.properties"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        start();
        sandboxStatus();
        String selftest = shelf.ok("sandbox:selftest");
        assertTrue(ShelfCommand.lineWith(selftest, "taobao").contains("points at https://eco.taobao.com, not at the sandbox"), selftest);
        assertTrue(selftest.contains("selftest: 4 of 4 channels passed"), selftest);
        assertFalse(selftest.contains("TOP-SECRET-VALUE"));
        try (var logs = Files.walk(home.resolve("log"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(log).contains("TOP-SECRET-VALUE"), log + " shows the secret");
                assertFalse(Files.readString(log).contains("sandbox-secret"), log + " shows the sandbox secret");
            }
        }
    }

    /** sandbox:status once the sandbox component is up (it starts with the sandbox feature). */
    private String sandboxStatus() throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        ShelfCommand.Result result;
        do {
            result = shelf.run("-c", "sandbox:status");
            if (result.status() == 0 && result.out().contains("sandbox listening on")) {
                return result.out();
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("the sandbox did not come up: " + result);
    }
}
