package shelf.rules.engine.spi;

import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/** Reads declarative rule packs (the JSON a category manager writes); a service of shelf.rules.engine. */
@ProviderType
public interface PackReader {
    /**
     * Reads the pack in {@code json} with the built-in kinds of check and those installed bundles add now;
     * {@code fileName} only names it in messages.
     *
     * @throws RulePackFormatException naming the file, the rule and what to fix; {@link
     *     RulePackFormatException#missingCheck()} says when only a bundle adding a kind of check is missing
     */
    CompiledPack read(String fileName, String json) throws RulePackFormatException;

    /** Calls {@code listener} with the kind each time a bundle adds a kind of check. */
    void onCheckArrival(Consumer<String> listener);

    void removeCheckArrival(Consumer<String> listener);
}
