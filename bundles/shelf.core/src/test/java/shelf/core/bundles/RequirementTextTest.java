package shelf.core.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequirementTextTest {

    @Test
    void anImportReadsAsPackageAndRange() {
        assertEquals("package foo.bar [1.0.0,2.0.0)", RequirementText.describe("osgi.wiring.package",
                "(&(osgi.wiring.package=foo.bar)(version>=1.0.0)(!(version>=2.0.0)))"));
    }

    @Test
    void anOpenEndedImportAndAnyVersion() {
        assertEquals("package foo.bar [1.2.0,∞)",
                RequirementText.describe("osgi.wiring.package", "(&(osgi.wiring.package=foo.bar)(version>=1.2.0))"));
        assertEquals("package foo.bar", RequirementText.describe("osgi.wiring.package", "(osgi.wiring.package=foo.bar)"));
    }

    @Test
    void aRequiredBundleAndAGenericCapability() {
        assertEquals("bundle com.acme.core (1.0.0,1.5.0]", RequirementText.describe("osgi.wiring.bundle",
                "(&(osgi.wiring.bundle=com.acme.core)(!(bundle-version<=1.0.0))(bundle-version<=1.5.0))"));
        assertEquals("capability osgi.wiring.identity (osgi.identity=foo)",
                RequirementText.describe("osgi.wiring.identity", "(osgi.identity=foo)"));
    }

    @Test
    void anExtenderSaysWhatItDoesForTheBundle() {
        assertEquals("extender shelf.rulepack [1.0.0,2.0.0) (the rule-pack library, which deploys the bundle's rule packs)",
                RequirementText.describe("osgi.extender", "(&(osgi.extender=shelf.rulepack)(version>=1.0.0)(!(version>=2.0.0)))"));
        assertEquals("extender osgi.component [1.5.0,∞) (Declarative Services, which starts the bundle's components)",
                RequirementText.describe("osgi.extender", "(&(osgi.extender=osgi.component)(version>=1.5.0))"));
        assertEquals("extender com.acme.things", RequirementText.describe("osgi.extender", "(osgi.extender=com.acme.things)"));
    }
}
