package shelf.core.internal.rules;

import java.util.List;

import shelf.api.catalog.Product;

/**
 * Which products a pack applies to: category globs ("服饰鞋包/**" — the category and everything below;
 * "*" one level) and channels. No categories means every category; no channels means every channel and
 * validation for none; naming channels keeps the pack to validation for one of them.
 */
record CategoryScope(List<String> categories, List<String> channels) {

    CategoryScope {
        categories = categories == null ? List.of() : List.copyOf(categories);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    boolean includes(Product product, String channel) {
        if (!channels.isEmpty() && !channels.contains(channel)) {
            return false;
        }
        if (categories.isEmpty()) {
            return true;
        }
        String[] levels = product.categoryPath().split("/");
        return categories.stream().anyMatch(glob -> matches(glob.split("/"), 0, levels, 0));
    }

    private static boolean matches(String[] glob, int g, String[] levels, int l) {
        if (g == glob.length) {
            return l == levels.length;
        }
        if (glob[g].equals("**")) {
            for (int rest = l; rest <= levels.length; rest++) {
                if (matches(glob, g + 1, levels, rest)) {
                    return true;
                }
            }
            return false;
        }
        return l < levels.length && (glob[g].equals("*") || glob[g].equals(levels[l]))
                && matches(glob, g + 1, levels, l + 1);
    }
}
