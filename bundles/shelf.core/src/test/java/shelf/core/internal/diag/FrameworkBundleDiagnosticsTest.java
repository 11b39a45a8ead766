package shelf.core.internal.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

import shelf.core.internal.testing.InProcessFelix;
import shelf.core.internal.testing.TestBundle;

class FrameworkBundleDiagnosticsTest {
    @TempDir
    Path temp;

    private InProcessFelix felix;
    private FrameworkBundleDiagnostics diagnostics;

    @BeforeEach
    void startFramework() throws Exception {
        felix = new InProcessFelix(temp);
        diagnostics = new FrameworkBundleDiagnostics();
        diagnostics.activate(felix.context());
    }

    @AfterEach
    void stopFramework() throws Exception {
        diagnostics.deactivate();
        felix.close();
    }

    private Bundle install(TestBundle bundle) throws Exception {
        Path jar = bundle.writeTo(temp.resolve("jars").resolve(System.nanoTime() + ".jar"));
        return felix.context().installBundle(jar.toUri().toString());
    }

    @Test
    void aPackageExportedAtAnotherVersionNamesTheExporter() throws Exception {
        Bundle api = install(TestBundle.named("shelf.api", "0.1.0").header("Export-Package", "shelf.api.deploy;version=1.0.0"));
        api.start();
        Bundle plugin = install(TestBundle.named("com.acme.plugin", "1.0.0")
                .header("Import-Package", "shelf.api.deploy;version=\"[2.0,3.0)\",nobody.has.it")
                .header("Require-Bundle", "com.acme.base;bundle-version=\"[1.0,2.0)\""));

        List<String> lines = diagnostics.diagnose(plugin.getBundleId());

        assertEquals(List.of(
                "missing package shelf.api.deploy [2.0.0,3.0.0); shelf.api 0.1.0 exports shelf.api.deploy at 1.0.0, "
                        + "outside [2.0.0,3.0.0)",
                "missing package nobody.has.it; no installed bundle exports it",
                "missing bundle com.acme.base [1.0.0,2.0.0); no installed bundle is named com.acme.base"), lines);
    }

    @Test
    void anExporterThatCannotResolveItselfIsFollowed() throws Exception {
        install(TestBundle.named("middle", "1.0.0").header("Export-Package", "middle.api")
                .header("Import-Package", "deep.missing"));
        Bundle top = install(TestBundle.named("top", "1.0.0").header("Import-Package", "middle.api"));

        List<String> lines = diagnostics.diagnose(top.getBundleId());

        assertEquals(List.of("missing package middle.api; middle 1.0.0 provides it but cannot resolve itself "
                + "(missing package deep.missing; no installed bundle exports it)"), lines);
    }

    @Test
    void aRulePackBundleWithoutItsEngineNamesTheEngineAndHowToInstallIt() throws Exception {
        String rulePackExtender = "osgi.extender;filter:=\"(&(osgi.extender=shelf.rulepack)(version>=1.0.0)(!(version>=2.0.0)))\"";
        Bundle pack = install(TestBundle.named("shelf.rules.apparel", "0.1.0").header("Require-Capability", rulePackExtender));

        assertEquals(List.of("missing extender shelf.rulepack [1.0.0,2.0.0) (the rule-pack library, which deploys the bundle's "
                + "rule packs); no installed bundle provides it — feature:install validation"),
                diagnostics.diagnose(pack.getBundleId()));

        install(TestBundle.named("shelf.rules.engine", "2.0.0")
                .header("Provide-Capability", "osgi.extender;osgi.extender=shelf.rulepack;version:Version=2.0")).start();
        assertEquals(List.of("missing extender shelf.rulepack [1.0.0,2.0.0) (the rule-pack library, which deploys the bundle's "
                + "rule packs); shelf.rules.engine 2.0.0 provides shelf.rulepack at 2.0.0, outside [1.0.0,2.0.0)"),
                diagnostics.diagnose(pack.getBundleId()));
    }

    @Test
    void anActiveBundleHasNothingMissing() throws Exception {
        Bundle fine = install(TestBundle.named("fine", "2.0.0"));
        fine.start();

        assertEquals(List.of("bundle " + fine.getBundleId() + " (fine 2.0.0) is active; nothing missing"),
                diagnostics.diagnose(fine.getBundleId()));
    }
}
