package shelf.channel.support;

import java.util.Map;

/**
 * A platform's leaf category for a canonical category, and the platform attributes it requires: our
 * attribute name (品牌, 材质) → the platform's attribute id or name.
 */
public record PlatformCategory(String id, Map<String, String> requiredAttributes) {

    public PlatformCategory {
        requiredAttributes = Map.copyOf(requiredAttributes);
    }
}
