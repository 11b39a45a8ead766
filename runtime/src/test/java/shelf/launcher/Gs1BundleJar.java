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

import shelf.launcher.gs1.Gs1Bundle;

/**
 * A third party's bundle, built by the test: the classes of shelf.launcher.gs1 (a rule check "gtin-prefix" and
 * the command gs1:prefixes), a rule pack using the check, and the ACL entries of its command — a manifest as a
 * plugin author's bnd build writes it, nothing of Shelf's bundles changed.
 */
final class Gs1BundleJar {
    static final String PACK = """
            {"id": "gs1", "version": "1.0.0", "description": "条形码须为中国物品编码中心分配的号段",
             "rules": [
               {"id": "cn-prefix", "code": "barcode.not-chinese", "field": "skus.barcode", "check": "gtin-prefix",
                "prefixes": ["690", "691", "692", "693", "694", "695", "696", "697", "698", "699"],
                "severity": "warning", "message": "条形码{value}不是中国大陆的号段（{detail}）"}
             ]}
            """;
    /** Its own command for editors — and an entry for one of the core's commands, which Shelf must ignore. */
    static final String ACL = """
            gs1:prefixes = editor
            user:add = editor
            """;

    private Gs1BundleJar() {}

    static Path write(Path jar) throws IOException, URISyntaxException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "com.example.gs1");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Activator", Gs1Bundle.class.getName());
        main.putValue("Import-Package", "org.osgi.framework, shelf.api.catalog, shelf.api.rules;version=\"[3.1,4)\"");
        main.putValue("Require-Capability",
                "osgi.extender;filter:=\"(&(osgi.extender=shelf.rulepack)(version>=1.0.0)(!(version>=2.0.0)))\"");
        main.putValue("Shelf-RulePacks", "rules/gs1.rules.json");
        main.putValue("Shelf-Command-Acl", "OSGI-INF/gs1/command.acl.properties");
        Path classes = Path.of(Gs1Bundle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String folder = Gs1Bundle.class.getPackageName().replace('.', '/');
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest);
                Stream<Path> files = Files.list(classes.resolve(folder))) {
            for (Path file : files.sorted().toList()) {
                entry(jarOut, folder + "/" + file.getFileName(), Files.readAllBytes(file));
            }
            entry(jarOut, "rules/gs1.rules.json", PACK.getBytes(StandardCharsets.UTF_8));
            entry(jarOut, "OSGI-INF/gs1/command.acl.properties", ACL.getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void entry(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }
}
