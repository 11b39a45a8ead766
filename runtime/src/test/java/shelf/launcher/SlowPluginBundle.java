package shelf.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import shelf.launcher.slowplugin.SlowPlugin;

/** The slow plugin (its classes from the test build) as a bundle, with its command's ACL entry. */
final class SlowPluginBundle {
    static final String NAME = "shelf.test.slowplugin";

    private SlowPluginBundle() {}

    static Path write(Path jar, long delayMillis) throws IOException, URISyntaxException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", NAME);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Activator", SlowPlugin.class.getName());
        main.putValue("Import-Package", "org.osgi.framework");
        main.putValue("Shelf-Command-Acl", "OSGI-INF/shelf/command.acl.properties");
        main.putValue("Shelf-Test-Delay-Ms", Long.toString(delayMillis));
        Path classes = Path.of(SlowPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String folder = SlowPlugin.class.getPackageName().replace('.', '/');
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest);
                Stream<Path> files = Files.list(classes.resolve(folder))) {
            for (Path file : files.sorted().toList()) {
                jarOut.putNextEntry(new JarEntry(folder + "/" + file.getFileName()));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
            jarOut.putNextEntry(new JarEntry("OSGI-INF/shelf/command.acl.properties"));
            jarOut.write("slow:hello = editor\n".getBytes(StandardCharsets.UTF_8));
            jarOut.closeEntry();
        }
        return jar;
    }
}
