package shelf.rules.packs.internal;

import shelf.api.rules.RulePackLibrary;
import shelf.rules.engine.internal.RuleEngineFixture;
import shelf.rules.engine.spi.RulePackFormatException;

/** The real pack library without a framework, for the tests of the bundles that read it. */
public final class PackLibraryFixture {
    private PackLibraryFixture() {
    }

    /** A library with these packs deployed from the deploy folder, in this order: file name, JSON, file name, …. */
    public static RulePackLibrary deployed(String... fileAndJson) throws RulePackFormatException {
        InstalledRulePacks library = new InstalledRulePacks(RuleEngineFixture.reader(), (pack, properties) -> () -> { });
        for (int i = 0; i + 1 < fileAndJson.length; i += 2) {
            String file = fileAndJson[i];
            String json = fileAndJson[i + 1];
            library.deploy(RuleEngineFixture.read(file, json), json, "deploy " + file, file);
        }
        return library;
    }
}
