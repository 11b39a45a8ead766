package shelf.api.importer;

/**
 * @param merchant the merchant the products belong to; empty to take it from a 商家 column, else "default"
 * @param profile the import profile's name; empty for the default template and its aliases
 * @param sheet the sheet to read; empty for the first sheet that has a header row
 * @param user who imports, for the audit trail
 */
public record ImportRequest(String merchant, String profile, String sheet, String user) {

    public ImportRequest {
        merchant = merchant == null ? "" : merchant;
        profile = profile == null ? "" : profile;
        sheet = sheet == null ? "" : sheet;
        user = user == null ? "" : user;
    }
}
