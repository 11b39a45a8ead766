package shelf.rules.engine.internal;

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
        return categories.stream().anyMatch(glob -> matches(glob.split("/"), levels));
    }

    /**
     * Whether the category levels match the glob, in time proportional to glob × levels however many "**"
     * it has (the recursive way tries every split of the levels among them, exponential in a pack author's
     * "**\/**\/**\/…"): on a mismatch, only the last "**" seen takes one level more.
     */
    private static boolean matches(String[] glob, String[] levels) {
        int g = 0;
        int l = 0;
        int star = -1;
        int starLevel = 0;
        while (l < levels.length) {
            if (g < glob.length && glob[g].equals("**")) {
                star = g++;
                starLevel = l;
            } else if (g < glob.length && (glob[g].equals("*") || glob[g].equals(levels[l]))) {
                g++;
                l++;
            } else if (star >= 0) {
                g = star + 1;
                l = ++starLevel;
            } else {
                return false;
            }
        }
        while (g < glob.length && glob[g].equals("**")) {
            g++;
        }
        return g == glob.length;
    }
}
