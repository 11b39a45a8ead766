package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.launcher.slowplugin.SlowPlugin;

/**
 * The prompt first, plugins after: the shell is ready once the core and the console are up, the features
 * start behind it, and a command whose plugin is still starting waits for it with a line saying so.
 */
class PromptFirstIT {

    private static final Pattern PROMPT = Pattern.compile("shelf[^\\n]*> ");
    /** Long enough that a prompt which waited for the plugin could not show before it had started. */
    private static final long PLUGIN_START_MS = 6_000;

    @TempDir
    Path home;

    @TempDir
    Path repository;

    @Test
    void aPluginCommandTypedAtTheFirstPromptWaitsForItsPluginThenRuns() throws Exception {
        bootsWithTheSlowPlugin();
        String command = ShelfCommand.DIST.resolve("bin/shelf") + " --home " + home;
        ProcessBuilder builder = new ProcessBuilder(List.of("script", "-qfec", command, "/dev/null"))
                .redirectErrorStream(true);
        builder.environment().put("TERM", "xterm-256color");
        builder.environment().remove("SHELF_HOME");
        builder.environment().put("SHELF_USER", ShelfCommand.ADMIN);
        builder.environment().put("SHELF_PASSWORD", ShelfCommand.ADMIN_PASSWORD);
        Process process = builder.start();
        InteractiveIT.Screen screen = new InteractiveIT.Screen(process.getInputStream());
        try (OutputStream keyboard = process.getOutputStream()) {
            screen.await(PROMPT, 0);
            int mark = screen.length();
            InteractiveIT.type(keyboard, "slow:hello\r");

            screen.await(Pattern.compile("waiting for " + Pattern.quote(SlowPluginBundle.NAME) + " to start…"), mark);
            screen.await(Pattern.compile(Pattern.quote(SlowPlugin.GREETING)), mark);
            screen.await(PROMPT, screen.toString().lastIndexOf(SlowPlugin.GREETING));
            assertFalse(screen.toString().substring(mark).contains("unknown command"), screen.toString());

            InteractiveIT.type(keyboard, "exit\r");
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "exit did not leave:\n" + screen);
            assertEquals(0, process.exitValue(), screen.toString());
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void aCommandOfTheCoreRunsWithoutStartingThePluginsAndAPluginCommandStartsThem() throws Exception {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/shelf.properties"), "shelf.features.boot=catalog\n");
        ShelfCommand shelf = new ShelfCommand(home);

        String bundles = shelf.ok("bundle:list");
        String catalog = ShelfCommand.lineWith(bundles, "shelf.catalog");
        assertTrue(catalog != null && !catalog.contains("Active"), "the catalogue started for bundle:list:\n" + bundles);

        ShelfCommand.Result products = shelf.run("-c", "product:list");
        assertEquals(0, products.status(), products.toString());
        assertEquals("waiting for shelf.catalog.command to start…", products.err().strip(), products.toString());
        assertTrue(products.out().contains("No products yet"), products.toString());

        // help's topic is waited for as a command is: help of a plugin's command shows its usage
        ShelfCommand.Result help = shelf.run("-c", "help product:list");
        assertEquals(0, help.status(), help.toString());
        assertEquals("waiting for shelf.catalog.command to start…", help.err().strip(), help.toString());
        assertTrue(help.out().startsWith("product:list — ") && help.out().contains("Usage:"), help.toString());

        ShelfCommand.Result unknown = shelf.run("-c", "product:lst");
        assertEquals(1, unknown.status(), unknown.toString());
        // one line, and the plugins had started before it was written: it suggests the catalogue's command
        assertEquals("error: unknown command 'product:lst' — did you mean product:list?", unknown.err().strip(),
                unknown.toString());
    }

    /** A home whose first start installs one feature, holding a plugin that takes its time to start. */
    private void bootsWithTheSlowPlugin() throws Exception {
        SlowPluginBundle.write(repository.resolve("test/shelf.test.slowplugin/1.0.0/shelf.test.slowplugin-1.0.0.jar"),
                PLUGIN_START_MS);
        Files.createDirectories(home.resolve("etc/features"));
        Files.writeString(home.resolve("etc/features/slow-plugin.json"), """
                {
                  "feature-resource-version": "1.0",
                  "id": "test:slow-plugin:1.0.0",
                  "description": "Made by PromptFirstIT: a plugin that takes its time to start.",
                  "bundles": [ { "id": "test:shelf.test.slowplugin:1.0.0" } ]
                }
                """);
        Files.writeString(home.resolve("etc/shelf.properties"), "shelf.repositories=" + ShelfCommand.DIST.resolve("system")
                + "," + repository + "\nshelf.features.boot=slow-plugin\n");
    }
}
