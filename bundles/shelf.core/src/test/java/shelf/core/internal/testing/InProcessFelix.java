package shelf.core.internal.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.launch.Framework;

/** A real Felix framework in the test's JVM, laid out like a Shelf home and distribution. */
public final class InProcessFelix implements AutoCloseable {
    public final Path home;
    public final Path dist;
    public final Path repository;
    private final Framework framework;

    public InProcessFelix(Path root) throws Exception {
        home = Files.createDirectories(root.resolve("home"));
        dist = Files.createDirectories(root.resolve("dist"));
        repository = Files.createDirectories(dist.resolve("system"));
        for (String folder : List.of("deploy", "etc", "data", "log")) {
            Files.createDirectories(home.resolve(folder));
        }
        Files.createDirectories(dist.resolve("features"));
        Map<String, String> config = new HashMap<>();
        config.put("org.osgi.framework.storage", home.resolve("data/cache").toString());
        config.put("org.osgi.framework.storage.clean", "onFirstInit");
        // Configuration Admin must share the test's org.osgi.service.cm classes.
        config.put("org.osgi.framework.system.packages.extra", "org.osgi.service.cm;version=1.6.0");
        config.put("shelf.home", home.toString());
        config.put("shelf.dist", dist.toString());
        config.put("shelf.repositories", repository.toString());
        config.put("shelf.boot.feature", "shelf-boot");
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** "0 org.apache.felix.framework ACTIVE, 3 test.provider RESOLVED …": the runtime as a user would list it. */
    public List<String> bundles() {
        return Arrays.stream(context().getBundles())
                .map(b -> b.getBundleId() + " " + b.getSymbolicName() + " " + b.getVersion() + " " + state(b))
                .toList();
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            default -> String.valueOf(bundle.getState());
        };
    }

    /** Puts a bundle into the Maven-layout repository, where features find it. */
    public Path publish(String group, String artifact, String version, TestBundle bundle) throws Exception {
        return bundle.writeTo(repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".jar"));
    }

    public void feature(String name, String json) throws Exception {
        Files.writeString(dist.resolve("features").resolve(name + ".json"), json);
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }
}
