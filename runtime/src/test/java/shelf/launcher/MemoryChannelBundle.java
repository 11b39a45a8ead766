package shelf.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import shelf.launcher.memorychannel.MemoryChannel;

/** The memory channel adapter (its classes from the test build) as a bundle, for one channel id. */
final class MemoryChannelBundle {
    private MemoryChannelBundle() {}

    static Path write(Path jar, String channel, String version, long delayMillis) throws IOException, URISyntaxException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "shelf.channel.memory." + channel);
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Activator", MemoryChannel.class.getName());
        main.putValue("Import-Package", "org.osgi.framework, shelf.api.catalog, shelf.api.channel");
        main.putValue("Shelf-Test-Channel", channel);
        main.putValue("Shelf-Test-Delay-Ms", Long.toString(delayMillis));
        Path classes = Path.of(MemoryChannel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String folder = MemoryChannel.class.getPackageName().replace('.', '/');
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest);
                Stream<Path> files = Files.list(classes.resolve(folder))) {
            for (Path file : files.sorted().toList()) {
                jarOut.putNextEntry(new JarEntry(folder + "/" + file.getFileName()));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
        }
        return jar;
    }
}
