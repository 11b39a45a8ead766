package shelf.provisioning.internal.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class BundleJarTest {

    static byte[] jar(String symbolicName, String version) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
            manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
            manifest.getMainAttributes().putValue("Bundle-Version", version);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new ZipEntry("data/rules.json"));
            jar.write("{\"rules\": []}".repeat(200).getBytes());
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aCompleteBundleIsIdentified() throws Exception {
        BundleJar.Identity identity = BundleJar.check("x.jar", jar("com.acme.x;singleton:=true", "1.2.0"));

        assertEquals(new BundleJar.Identity("com.acme.x", new Version(1, 2, 0)), identity);
    }

    @Test
    void aJarCutShortIsRefusedBeforeTheFrameworkSeesIt() throws Exception {
        byte[] whole = jar("com.acme.x", "1.2.0");

        InvalidBundleException e = assertThrows(InvalidBundleException.class,
                () -> BundleJar.check("x.jar", Arrays.copyOf(whole, whole.length / 2)));

        assertTrue(e.getMessage().startsWith("not a valid bundle: x.jar: zip END header not found"), e.getMessage());
    }

    @Test
    void aPlainJarIsRefusedWithTheReason() throws Exception {
        InvalidBundleException e = assertThrows(InvalidBundleException.class,
                () -> BundleJar.check("poi.jar", jar(null, null)));

        assertTrue(e.getMessage().contains("poi.jar is a plain jar"), e.getMessage());
    }
}
