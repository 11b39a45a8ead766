package shelf.api.security;

import java.util.List;
import java.util.Set;

/**
 * The products a user may see and touch: those of the listed merchants whose category path starts with
 * one of the prefixes. An empty list means no restriction on that axis.
 *
 * @param merchants merchant ids, empty for every merchant
 * @param categoryPrefixes category path prefixes ("服饰鞋包" or "服饰鞋包/女装"), empty for every category
 */
public record DataScope(Set<String> merchants, List<String> categoryPrefixes) {
    /** Every merchant, every category. */
    public static final DataScope ALL = new DataScope(Set.of(), List.of());

    public DataScope {
        merchants = merchants == null ? Set.of() : Set.copyOf(merchants);
        categoryPrefixes = categoryPrefixes == null ? List.of() : List.copyOf(categoryPrefixes);
    }

    public boolean isUnrestricted() {
        return merchants.isEmpty() && categoryPrefixes.isEmpty();
    }

    public boolean allowsMerchant(String merchant) {
        return merchants.isEmpty() || merchants.contains(merchant);
    }

    /** Whether a product of this merchant in this category is in the scope. */
    public boolean allows(String merchant, String categoryPath) {
        if (!allowsMerchant(merchant)) {
            return false;
        }
        if (categoryPrefixes.isEmpty()) {
            return true;
        }
        String path = categoryPath == null ? "" : categoryPath;
        return categoryPrefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/")
                || prefix.endsWith("/") && path.startsWith(prefix));
    }

    /** "merchants A, B; categories 服饰鞋包" or "everything", for listings. */
    public String describe() {
        if (isUnrestricted()) {
            return "all";
        }
        String m = merchants.isEmpty() ? "all merchants" : String.join(",", merchants.stream().sorted().toList());
        String c = categoryPrefixes.isEmpty() ? "" : "; " + String.join(",", categoryPrefixes);
        return m + c;
    }
}
