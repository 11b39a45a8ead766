package shelf.provisioning.internal.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import org.apache.felix.cm.PersistenceManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import shelf.api.runtime.FeatureDetail;
import shelf.api.runtime.FeatureException;
import shelf.api.runtime.FeatureSummary;
import shelf.core.internal.testing.FailingActivator;
import shelf.core.internal.testing.InProcessFelix;
import shelf.core.internal.testing.TestBundle;

/** Feature installs against a real Felix framework: all or nothing. */
class FeatureInstallerFrameworkTest {
    @TempDir
    Path temp;

    private InProcessFelix felix;
    private FeatureInstaller installer;

    @BeforeEach
    void startFramework() throws Exception {
        felix = new InProcessFelix(temp);
        felix.publish("test", "test.provider", "1.0", TestBundle.named("test.provider", "1.0.0")
                .header("Export-Package", "test.api;version=1.0.0").entry("test/api/readme.txt", "api".getBytes()));
        felix.publish("test", "test.needy", "1.0", TestBundle.named("test.needy", "1.0.0")
                .header("Import-Package", "foo.bar;version=\"[1.0,2.0)\",test.api"));
        felix.publish("test", "test.failing", "1.0", TestBundle.named("test.failing", "1.0.0")
                .header("Bundle-Activator", FailingActivator.class.getName())
                .header("Import-Package", "org.osgi.framework").withClass(FailingActivator.class));
        installer = new FeatureInstaller();
        installer.activate(felix.context());
    }

    @AfterEach
    void stopFramework() throws Exception {
        felix.close();
    }

    @Test
    void aBundleThatCannotResolveRollsTheWholeInstallBack() throws Exception {
        felix.feature("channel-x", """
                { "id": "shelf:channel-x:1.0",
                  "bundles": [ "test:test.provider:1.0", { "id": "test:test.needy:1.0" } ] }
                """);
        List<String> before = felix.bundles();

        FeatureException e = assertThrows(FeatureException.class, () -> installer.install("channel-x"));

        assertEquals("feature channel-x: bundle test:test.needy:1.0 could not resolve: missing package foo.bar "
                + "[1.0.0,2.0.0); no installed bundle exports it", e.getMessage());
        assertEquals(before, felix.bundles());
        assertFalse(summary("channel-x").installed());
        assertFalse(Files.exists(felix.home.resolve("data/features.json")), "nothing was remembered");
    }

    @Test
    void aBundleWhoseActivatorThrowsRollsBackBundlesAndConfiguration() throws Exception {
        ConfigurationAdmin admin = startConfigurationAdmin();
        Configuration existing = admin.getConfiguration("test.channel", "?");
        existing.update(new Hashtable<>(java.util.Map.of("endpoint", "https://old.example")));
        felix.feature("channel-y", """
                { "id": "shelf:channel-y:1.0",
                  "bundles": [ "test:test.provider:1.0", "test:test.failing:1.0" ],
                  "configurations": {
                    "test.channel": { "endpoint": "https://new.example" },
                    "test.other": { "retries:Integer": 3 } } }
                """);
        List<String> before = felix.bundles();

        FeatureException e = assertThrows(FeatureException.class, () -> installer.install("channel-y"));

        assertEquals("feature channel-y: bundle test:test.failing:1.0 failed to start: its activator threw "
                + "IllegalStateException: the channel endpoint is not configured", e.getMessage());
        assertEquals(before, felix.bundles());
        Dictionary<String, Object> restored = admin.getConfiguration("test.channel", "?").getProperties();
        assertEquals("https://old.example", restored.get("endpoint"));
        assertNull(admin.listConfigurations("(service.pid=test.other)"), "a configuration the install made is gone");
    }

    @Test
    void aMissingJarIsReportedBeforeAnythingIsTouched() throws Exception {
        felix.feature("channel-z", """
                { "id": "shelf:channel-z:1.0", "bundles": [ "test:test.provider:1.0", "test:test.absent:9.9" ] }
                """);
        List<String> before = felix.bundles();

        FeatureException e = assertThrows(FeatureException.class, () -> installer.install("channel-z"));

        assertTrue(e.getMessage().startsWith("feature channel-z: bundle test:test.absent:9.9 is in none of the "
                + "repositories"), e.getMessage());
        assertTrue(e.getMessage().contains("test/test.absent/9.9/test.absent-9.9.jar"), e.getMessage());
        assertEquals(before, felix.bundles());
    }

    @Test
    void installStartsTheBundlesAndUninstallKeepsWhatAnotherFeatureNeeds() throws Exception {
        felix.publish("test", "test.user", "1.0", TestBundle.named("test.user", "1.0.0")
                .header("Import-Package", "test.api;version=\"[1.0,2.0)\""));
        felix.feature("api", "{ \"id\": \"shelf:api:1.0\", \"bundles\": [ \"test:test.provider:1.0\" ] }");
        felix.feature("user", """
                { "id": "shelf:user:1.0", "bundles": [ "test:test.provider:1.0", "test:test.user:1.0" ] }
                """);

        installer.install("api");
        FeatureDetail user = installer.install("user");

        assertTrue(user.summary().installed());
        assertEquals(List.of("test:test.provider:1.0", "test:test.user:1.0"), user.bundles());
        assertEquals(Bundle.ACTIVE, bundle("test.user").getState());
        assertEquals(user, installer.install("user"), "installing again changes nothing");

        installer.uninstall("user");

        assertNull(bundle("test.user"));
        assertEquals(Bundle.ACTIVE, bundle("test.provider").getState(), "feature api still needs it");
        FeatureInstaller afterRestart = new FeatureInstaller();
        afterRestart.activate(felix.context());
        assertTrue(afterRestart.info("api").orElseThrow().summary().installed());
        assertFalse(afterRestart.info("user").orElseThrow().summary().installed());
    }

    @Test
    void installingAFeatureWhoseBundleWasUninstalledByHandRepairsIt() throws Exception {
        felix.publish("test", "test.user", "1.0", TestBundle.named("test.user", "1.0.0")
                .header("Import-Package", "test.api;version=\"[1.0,2.0)\""));
        felix.feature("user", """
                { "id": "shelf:user:1.0", "bundles": [ "test:test.provider:1.0", "test:test.user:1.0" ] }
                """);
        installer.install("user");
        assertEquals(List.of(), installer.missingBundles("user"));

        bundle("test.user").uninstall();

        assertTrue(summary("user").installed(), "still remembered as installed");
        assertEquals(List.of("test.user 1.0.0"), installer.missingBundles("user"));
        installer.install("user");
        assertEquals(Bundle.ACTIVE, bundle("test.user").getState());
        assertEquals(Bundle.ACTIVE, bundle("test.provider").getState());
        assertEquals(List.of(), installer.missingBundles("user"));
        assertEquals(List.of(), installer.missingBundles("no-such-feature"));
    }

    @Test
    void aMalformedFeatureIsListedWithItsProblemAndCannotBeInstalled() throws Exception {
        felix.feature("broken", "{ \"id\": \"shelf:broken:1.0\", \"bundles\": [ 42 ] }");

        FeatureSummary broken = summary("broken");
        FeatureException e = assertThrows(FeatureException.class, () -> installer.install("broken"));

        assertEquals("malformed: features/broken.json: bundles[0] must be a bundle id or an object with an \"id\"",
                broken.description());
        assertEquals("feature broken cannot be used: features/broken.json: bundles[0] must be a bundle id or an "
                + "object with an \"id\"", e.getMessage());
    }

    private FeatureSummary summary(String name) {
        return installer.list().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : felix.context().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    private ConfigurationAdmin startConfigurationAdmin() throws Exception {
        Path jar = Path.of(PersistenceManager.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        felix.context().installBundle(jar.toUri().toString()).start();
        ConfigurationAdmin admin = felix.context().getService(
                felix.context().getServiceReference(ConfigurationAdmin.class));
        installer.configurationAdmin = admin;
        return admin;
    }

    @Test
    void atStartABundleInstalledFromAnotherPlaceIsReplacedByThisDistributionsAndAFeatureNoLongerShippedGoes() throws Exception {
        Path provider = felix.publish("test", "test.provider", "1.0", TestBundle.named("test.provider", "1.0.0")
                .header("Export-Package", "test.api;version=1.0.0").entry("test/api/readme.txt", "api".getBytes()));
        felix.publish("test", "test.other", "1.0", TestBundle.named("test.other", "1.0.0"));
        felix.feature("kept", """
                { "id": "shelf:kept:1.0", "bundles": [ "test:test.provider:1.0" ] }
                """);
        felix.feature("dropped", """
                { "id": "shelf:dropped:1.0", "bundles": [ "test:test.other:1.0" ] }
                """);
        installer.install("kept");
        installer.install("dropped");
        // as an older distribution in another folder left the instance: the same bundle, from there
        Path elsewhere = Files.createDirectories(temp.resolve("old-dist")).resolve("test.provider-1.0.jar");
        Files.copy(provider, elsewhere);
        bundle("test.provider").uninstall();
        felix.context().installBundle("reference:" + elsewhere.toUri()).start();
        Files.delete(felix.dist.resolve("features/dropped.json"));

        assertEquals(List.of("dropped"), installer.bringUpToDate());

        Bundle replaced = bundle("test.provider");
        assertEquals("reference:" + provider.toUri(), replaced.getLocation());
        assertEquals(Bundle.ACTIVE, replaced.getState());
        assertNull(bundle("test.other"), "the bundle of a feature no longer shipped is uninstalled");
        assertEquals(List.of("kept"), installer.installedNames());
        assertEquals(List.of(), installer.bringUpToDate(), "nothing more to do the next time");
    }
}
