package shelf.importing.internal;

import java.util.Map;

/**
 * How to read one layout of file (see profiles.md for the JSON).
 *
 * @param name the profile's name, empty for the default template
 * @param sheet the sheet to read, empty for the first with a header row
 * @param headerRow the header's 1-based row, 0 to look for it in the first 20 rows
 * @param merchant the merchant when the import names none, empty for the 商家 column or "default"
 * @param columns normalised header → target, tried before the template's headers
 * @param defaults whether the default template's headers and aliases are accepted as well
 */
record ImportProfile(String name, String sheet, int headerRow, String merchant, Map<String, Target> columns,
        boolean defaults) {

    static final ImportProfile DEFAULT = new ImportProfile("", "", 0, "", Map.of(), true);

    ImportProfile {
        columns = Map.copyOf(columns);
    }

    /** The target of a header under this profile, or null when the column is not one it knows. */
    Target target(String header, HeaderAliases aliases) {
        Target mine = columns.get(HeaderAliases.normalise(header));
        if (mine != null) {
            return mine;
        }
        return defaults ? aliases.target(header) : null;
    }
}
