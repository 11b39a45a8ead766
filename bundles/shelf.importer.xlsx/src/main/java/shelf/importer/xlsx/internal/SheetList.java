package shelf.importer.xlsx.internal;

import java.io.IOException;
import java.util.Set;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The sheets of an XML workbook in their tab order, with their parts: POI's own iterator, taught the
 * relationship types of Strict Open XML too. A Strict workbook (Excel's "Strict Open XML Spreadsheet")
 * differs from an ordinary one only in its namespaces and relationship types, which map one to one;
 * POI's iterator knows only the ordinary ones and would find no sheet, while this bundle's scanner
 * compares element names without their namespace and reads either.
 */
final class SheetList extends XSSFReader.SheetIterator {
    static final String TRANSITIONAL_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

    private static final Set<String> SHEET_RELATIONSHIPS = Set.of(
            XSSFRelation.WORKSHEET.getRelation(), strict(XSSFRelation.WORKSHEET.getRelation()),
            XSSFRelation.CHARTSHEET.getRelation(), strict(XSSFRelation.CHARTSHEET.getRelation()),
            XSSFRelation.MACRO_SHEET_BIN.getRelation());

    /** @param workbook the workbook part (xl/workbook.xml), whose relationships lead to the sheets */
    SheetList(PackagePart workbook) throws IOException, InvalidFormatException {
        super(workbook);
    }

    @Override
    protected Set<String> getSheetRelationships() {
        // called from the superclass's constructor: a static set, no instance state
        return SHEET_RELATIONSHIPS;
    }

    /** The Strict form of an ordinary relationship type. */
    static String strict(String transitional) {
        return transitional.startsWith(TRANSITIONAL_RELATIONSHIPS)
                ? STRICT_RELATIONSHIPS + transitional.substring(TRANSITIONAL_RELATIONSHIPS.length()) : transitional;
    }
}
