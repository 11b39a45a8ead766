package shelf.importer.xlsx.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.osgi.service.component.annotations.Component;

import shelf.api.importer.ImportException;
import shelf.api.importer.Importer;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;

/**
 * Reads Excel workbooks (.xlsx, .xlsm, also saved as Strict Open XML, and binary .xlsb) with POI's
 * streaming package API: memory stays bounded by the shared-string table and one row, whatever the
 * number of rows. What a file is comes from its content, not its name: an .xlsb named .xlsx is read
 * as what it is.
 */
@Component
@ShelfImporter("xlsx")
public final class XlsxImporter implements Importer {

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        // by name alone: a password-protected .xlsx is no zip, and it deserves this importer's message
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xltx") || name.endsWith(".xltm")
                || name.endsWith(".xlsb")
                || (!name.contains(".") && ContainerCheck.looksLikeZip(file));
    }

    @Override
    public void read(Path file, ReadOptions options, RowSink sink) throws ImportException {
        ContainerCheck.requireZip(file);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            PackagePart main = MainPart.of(file, pkg);
            if (MainPart.isBinary(main)) {
                new BinaryWorkbookReader(file, pkg, options, sink).read();
            } else {
                new WorkbookReader(file, pkg, main, options, sink).read();
            }
        } catch (ImportException e) {
            throw e;
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw FailureMessages.of(file, e);
        } finally {
            if (pkg != null) {
                // revert, not close: close() means save, and a read-only package only warns about it
                pkg.revert();
            }
        }
    }
}
