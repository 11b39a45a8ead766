package shelf.core.internal.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** Builds bundle jars in the test, so no binary test data is checked in. */
public final class TestBundle {
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private TestBundle(String symbolicName, String version) {
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", symbolicName);
        headers.put("Bundle-Version", version);
    }

    public static TestBundle named(String symbolicName, String version) {
        return new TestBundle(symbolicName, version);
    }

    public TestBundle header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public TestBundle entry(String path, byte[] content) {
        entries.put(path, content);
        return this;
    }

    /** Adds a class of the test class path, e.g. an activator, with its bytes as compiled. */
    public TestBundle withClass(Class<?> type) throws IOException {
        String path = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(path)) {
            return entry(path, in.readAllBytes());
        }
    }

    public byte[] bytes() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach(manifest.getMainAttributes()::putValue);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new ZipEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    public Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes());
    }
}
