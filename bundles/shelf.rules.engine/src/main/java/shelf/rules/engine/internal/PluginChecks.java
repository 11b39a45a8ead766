package shelf.rules.engine.internal;

import java.util.Set;

import shelf.api.rules.RuleCheck;

/** The kinds of rule check other bundles add, by name; {@link #NONE} where only the built-in kinds count. */
interface PluginChecks {
    PluginChecks NONE = new PluginChecks() {
        @Override
        public RuleCheck find(String kind) {
            return null;
        }

        @Override
        public Set<String> kinds() {
            return Set.of();
        }
    };

    /** The check serving this kind now, or {@code null} when no installed bundle provides it. */
    RuleCheck find(String kind);

    /** The kinds installed bundles provide. */
    Set<String> kinds();
}
