package shelf.importing.internal;

/**
 * Where a column's values go: a field, and for attributes and named specs the name ("attribute:材质",
 * "spec:颜色").
 */
record Target(Field field, String name) {
    Target {
        name = name == null ? "" : name;
    }

    static Target of(Field field) {
        return new Target(field, "");
    }

    /**
     * Parses a profile's or the alias table's target: a field id ("salePrice"), "attribute:NAME", "spec:NAME"
     * or "ignore"; null when it is none of these.
     */
    static Target parse(String text) {
        int colon = text.indexOf(':');
        if (colon > 0) {
            Field field = Field.byId(text.substring(0, colon));
            String name = text.substring(colon + 1).strip();
            return (field == Field.ATTRIBUTE || field == Field.SPEC) && !name.isEmpty() ? new Target(field, name) : null;
        }
        Field field = Field.byId(text);
        return field == null || field == Field.ATTRIBUTE || field == Field.SPEC ? null : of(field);
    }
}
