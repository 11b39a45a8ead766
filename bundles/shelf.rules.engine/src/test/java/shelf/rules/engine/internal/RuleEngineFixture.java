package shelf.rules.engine.internal;

import java.util.function.Consumer;

import shelf.api.rules.RuleEngine;
import shelf.api.rules.RulePack;
import shelf.rules.engine.spi.CompiledPack;
import shelf.rules.engine.spi.PackReader;
import shelf.rules.engine.spi.RulePackFormatException;

/** The real engine and pack reader without a framework, for the tests of the bundles built on them. */
public final class RuleEngineFixture {
    private RuleEngineFixture() {
    }

    /** Reads packs with the built-in kinds of check, as the engine does when no bundle adds one. */
    public static PackReader reader() {
        return new PackReader() {
            @Override
            public CompiledPack read(String fileName, String json) throws RulePackFormatException {
                return RulePackReader.read(fileName, json);
            }

            @Override
            public void onCheckArrival(Consumer<String> listener) {
            }

            @Override
            public void removeCheckArrival(Consumer<String> listener) {
            }
        };
    }

    public static CompiledPack read(String fileName, String json) throws RulePackFormatException {
        return RulePackReader.read(fileName, json);
    }

    /** A pack a rule bundle of Shelf ships (bundles/shelf.rules.NAME). */
    public static CompiledPack bundled(String name) {
        return RulePackFiles.load(name);
    }

    public static String bundledText(String name) {
        return RulePackFiles.text(name);
    }

    /** An engine running these packs. */
    public static RuleEngine engine(RulePack... packs) {
        ParallelRuleEngine engine = new ParallelRuleEngine();
        for (RulePack pack : packs) {
            engine.addPack(pack);
        }
        return engine;
    }
}
