package shelf.importer.xlsx.internal;

import java.nio.file.Path;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

import shelf.api.importer.ImportException;

/**
 * The package's main part, and what it says the file is: a workbook of XML parts (.xlsx, ordinary or
 * Strict), a binary workbook (.xlsb, whatever its name), or no workbook at all (a .docx or .pptx renamed
 * is a valid package too).
 */
final class MainPart {
    private MainPart() {
    }

    static PackagePart of(Path file, OPCPackage pkg) throws ImportException, InvalidFormatException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart part = main.isEmpty() ? null : pkg.getPart(main.getRelationship(0));
        String type = part == null ? "" : part.getContentType();
        if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            throw FailureMessages.notAWorkbook(file, null);
        }
        return part;
    }

    /** An Excel binary workbook: application/vnd.ms-excel.sheet.binary.macroEnabled.main. */
    static boolean isBinary(PackagePart main) {
        return main.getContentType().contains(".binary.");
    }
}
