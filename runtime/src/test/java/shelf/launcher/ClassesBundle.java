package shelf.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** A bundle of one test package's classes (from the test build), started by one of them as its activator. */
final class ClassesBundle {
    private ClassesBundle() {}

    static Path write(Path jar, String symbolicName, String version, Class<?> activator, String importPackage,
            Map<String, String> headers) throws IOException, URISyntaxException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-Activator", activator.getName());
        main.putValue("Import-Package", importPackage);
        headers.forEach(main::putValue);
        Path classes = Path.of(activator.getProtectionDomain().getCodeSource().getLocation().toURI());
        String folder = activator.getPackageName().replace('.', '/');
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
