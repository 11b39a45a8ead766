package shelf.api.importer;

/**
 * @param merchant the merchant the products belong to; empty to take it from a 商家 column, else "default"
 * @param profile the import profile's name; empty for the default template and its aliases
 * @param sheet the sheet to read; empty for the first sheet that has a header row
 */
public record ImportRequest(String merchant, String profile, String sheet) {

    public ImportRequest {
        merchant = merchant == null ? "" : merchant;
        profile = profile == null ? "" : profile;
        sheet = sheet == null ? "" : sheet;
    }
}
