package shelf.rules.engine.spi;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.rules.PackDescription;
import shelf.api.rules.PackVersion;
import shelf.api.rules.RulePack;

/** A declarative pack read from its JSON, ready to run, with what the pack library shows of it. */
@ProviderType
public interface CompiledPack extends RulePack {
    /** How many rules the pack has, for rules:list. */
    int ruleCount();

    /** What the pack applies to and its rules as written, for rules:show. */
    PackDescription describe(PackVersion version);

    /**
     * The fields its "required" rules of severity error ask of every product: none unless the pack applies to
     * every category, leaves none out and is not a channel's; a rule with its own scope does not count.
     */
    Set<String> requiredEverywhere();
}
