package shelf.rules.engine.internal;

import java.util.List;

import shelf.api.catalog.Product;

/**
 * Which products a pack or one rule applies to: category globs ("服饰鞋包/**" — the category and everything
 * below; "*" one level), category globs left out ("服饰鞋包/箱包/**": bags are apparel without a size), and
 * channels. No categories means every category; no channels means every channel and validation for none;
 * naming channels keeps the pack to validation for one of them.
 */
record CategoryScope(List<String> categories, List<String> except, List<String> channels) {
    static final CategoryScope EVERYTHING = new CategoryScope(List.of(), List.of(), List.of());

    CategoryScope {
        categories = categories == null ? List.of() : List.copyOf(categories);
        except = except == null ? List.of() : List.copyOf(except);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    CategoryScope(List<String> categories, List<String> channels) {
        this(categories, List.of(), channels);
    }

    boolean includes(Product product, String channel) {
        if (!channels.isEmpty() && !channels.contains(channel)) {
            return false;
        }
        return includes(product);
    }

    /** Whether the product's category is in scope, whatever the channel. */
    boolean includes(Product product) {
        if (categories.isEmpty() && except.isEmpty()) {
            return true; // most packs and rules: asked for every product, nothing to split
        }
        String[] levels = product.categoryPath().split("/");
        if (except.stream().anyMatch(glob -> matches(glob.split("/"), levels))) {
            return false;
        }
        return categories.isEmpty() || categories.stream().anyMatch(glob -> matches(glob.split("/"), levels));
    }

    boolean isEverything() {
        return categories.isEmpty() && except.isEmpty() && channels.isEmpty();
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
