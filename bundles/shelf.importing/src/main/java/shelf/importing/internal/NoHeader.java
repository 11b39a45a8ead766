package shelf.importing.internal;

import java.util.List;

/** Why no header row was found, as the end of the sentence "商品表.xlsx: …". */
final class NoHeader {
    private static final String EXPECTED = "expected columns such as 商品编码, 商品标题, 销售价";

    private NoHeader() {}

    /**
     * @param nearest the row searched that had the most known headers, or null when none had any
     * @param nearestAt where it is: "row 3 of sheet 商品"
     */
    static String reason(String wantedSheet, List<String> sheetsSeen, ColumnMap nearest, String nearestAt,
            ImportProfile profile) {
        if (!wantedSheet.isEmpty() && !sheetsSeen.contains(wantedSheet)) {
            return "there is no sheet named " + wantedSheet + " — check the name on the sheet's tab, or leave out "
                    + "--sheet to take the first sheet with a header row";
        }
        if (sheetsSeen.isEmpty()) {
            return "the file has no rows — " + EXPECTED;
        }
        if (profile.headerRow() > 0) {
            return "row " + profile.headerRow() + sheets(sheetsSeen) + " is not a header row, as import profile "
                    + profile.name() + " expects — " + (nearest == null || nearest.known() == 0
                            ? "none of its cells is a header the profile or the template knows"
                            : "it has " + nearest.recognised() + " but no column read as 商品编码")
                    + "; map the product code's column to spuCode in the profile, or check the profile's headerRow";
        }
        if (nearest != null && nearest.spuCode() == null && nearest.known() >= ColumnMap.MIN_KNOWN) {
            return nearestAt + " has column headers but none for the product code — add a 商品编码 column (SPU, 商家编码 and "
                    + "outer_id are taken too); rows with the same code form one product";
        }
        String searched = "no header row found in the first " + ImportSink.HEADER_SEARCH_ROWS + " rows" + sheets(sheetsSeen);
        if (nearest == null || nearest.known() == 0) {
            return searched + " — " + EXPECTED;
        }
        return searched + " — the nearest, " + nearestAt + ", has " + nearest.recognised() + " but lacks "
                + String.join(", ", nearest.missing()) + "; a header row needs a 商品编码 column and at least "
                + ColumnMap.MIN_KNOWN + " headers Shelf knows: rename the columns as the template's, or use an import "
                + "profile that maps them and names the header row (see profiles.md)";
    }

    private static String sheets(List<String> names) {
        if (names.size() == 1) {
            return names.get(0).isEmpty() ? "" : " of sheet " + names.get(0);
        }
        return " of sheets " + String.join(", ", names);
    }
}
