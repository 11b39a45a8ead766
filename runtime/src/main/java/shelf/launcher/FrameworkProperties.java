package shelf.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** The framework properties of the contract, then the distribution's and the home's etc/shelf.properties. */
final class FrameworkProperties {

    static final String BOOT_FEATURE = "shelf.boot.feature";
    /** The boot feature's start level: Felix starts it before framework.start() returns. */
    static final int BOOT_LEVEL = 1;
    /** The start level of every other bundle (features, deploy/, bundle:install): the plugins. */
    static final int PLUGIN_LEVEL = 80;
    /**
     * The framework property naming the start level the launcher raises the framework to once the console is
     * up; the plugins have started (or failed to) when the framework reaches it. The shell reads it to know
     * whether a command it does not know yet may still come.
     */
    static final String RUNNING_LEVEL = "shelf.startlevel.running";

    private FrameworkProperties() {
    }

    static Map<String, String> of(ShelfHome home, Distribution dist, boolean verbose) {
        Map<String, String> properties = new HashMap<>();
        properties.put("org.osgi.framework.storage", home.cache().toString());
        // the shell bundle reads the peer credentials of a session socket through jdk.net; the marketplace
        // sandbox serves HTTP with the JDK's com.sun.net.httpserver
        properties.put("org.osgi.framework.system.packages.extra", "jdk.net,com.sun.net.httpserver");
        properties.put("felix.log.level", verbose ? "4" : "2");
        // Felix SCR would otherwise dispose of a delayed component each time its last user lets go: every
        // shell command (Gogo gets and ungets it per call) would reopen the catalogue's database.
        properties.put("ds.delayed.keepInstances", "true");
        properties.put(ConfigurationFolder.PROPERTY, ConfigurationFolder.of(home).toString());
        // A component being activated on one thread (the catalogue's, say, clearing away a batch a kill cut short,
        // or filling an index on the first start after an upgrade) makes the others that ask for it wait. After
        // SCR's default 5 s they got null instead, and a command run meanwhile failed with a Java message about a
        // null target: they wait for it up to two minutes.
        properties.put("ds.lock.timeout.milliseconds", "120000");
        // The prompt first, plugins after: framework.start() starts the boot feature only; bundles installed
        // later get the plugins' level, and the launcher raises the framework to the running level behind
        // the console (see ShelfFramework.startPlugins).
        properties.put("org.osgi.framework.startlevel.beginning", Integer.toString(BOOT_LEVEL));
        properties.put("felix.startlevel.bundle", Integer.toString(PLUGIN_LEVEL));
        properties.put(RUNNING_LEVEL, "100");
        properties.put("shelf.home", home.root().toString());
        properties.put("shelf.dist", dist.root().toString());
        properties.put("shelf.socket", home.socket().toString());
        properties.put("shelf.repositories", dist.system() + ","
                + Path.of(System.getProperty("user.home"), ".m2", "repository"));
        properties.put(BOOT_FEATURE, "shelf-boot");
        properties.put("shelf.version", ShelfVersion.shelf());
        properties.putAll(read(dist.etc().resolve("shelf.properties")));
        properties.putAll(read(home.properties()));
        return properties;
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> entries = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            properties.stringPropertyNames().forEach(name -> entries.put(name, properties.getProperty(name).trim()));
            return entries;
        } catch (IOException | IllegalArgumentException e) {
            throw new LaunchException(file + " cannot be read (" + e.getMessage()
                    + ") — it must hold name=value lines of framework properties", e);
        }
    }
}
