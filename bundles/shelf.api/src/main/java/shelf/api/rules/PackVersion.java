package shelf.api.rules;

/**
 * One installed version of a rule pack.
 *
 * @param id the pack id
 * @param version its version
 * @param source where it came from: "deploy NAME.rules.json", "bundle shelf.rules.apparel", "java"
 * @param rules how many rules it has, or -1 for a pack written in Java
 * @param active whether this version runs in validation
 */
public record PackVersion(String id, String version, String source, int rules, boolean active) {
}
