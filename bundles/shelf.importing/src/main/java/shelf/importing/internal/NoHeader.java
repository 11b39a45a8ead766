package shelf.importing.internal;

import java.util.List;

/** Why no header row was found, as the end of the sentence "商品表.xlsx: …". */
final class NoHeader {
    private static final String EXPECTED = "expected columns such as 商品编码, 商品标题, 销售价";

    private NoHeader() {}

    static String reason(String wantedSheet, List<String> sheetsSeen, String almostHeaderAt, ImportProfile profile) {
        if (!wantedSheet.isEmpty() && !sheetsSeen.contains(wantedSheet)) {
            return "there is no sheet named " + wantedSheet + " — check the name on the sheet's tab, or leave out "
                    + "--sheet to take the first sheet with a header row";
        }
        if (sheetsSeen.isEmpty()) {
            return "the file has no rows — " + EXPECTED;
        }
        if (almostHeaderAt != null) {
            return almostHeaderAt + " has column headers but none for the product code — add a 商品编码 column (SPU, 商家编码 and "
                    + "outer_id are taken too); rows with the same code form one product";
        }
        if (profile.headerRow() > 0) {
            return "row " + profile.headerRow() + sheets(sheetsSeen) + " is not a header row, as import profile "
                    + profile.name() + " expects — it needs a 商品编码 column and at least " + ColumnMap.MIN_KNOWN
                    + " known headers; check the profile's headerRow";
        }
        return "no header row found in the first " + ImportSink.HEADER_SEARCH_ROWS + " rows" + sheets(sheetsSeen)
                + " — " + EXPECTED;
    }

    private static String sheets(List<String> names) {
        if (names.size() == 1) {
            return names.get(0).isEmpty() ? "" : " of sheet " + names.get(0);
        }
        return " of sheets " + String.join(", ", names);
    }
}
