package shelf.importing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.osgi.framework.Constants;

import shelf.api.catalog.StoredProduct;
import shelf.api.importer.ImportException;
import shelf.api.importer.ImportProgress;
import shelf.api.importer.ImportReport;
import shelf.api.importer.ImportRequest;
import shelf.api.importer.Importer;
import shelf.catalog.internal.H2CatalogStore;
import shelf.api.security.Subject;
import shelf.core.internal.database.CatalogDatabase;

/** An import service wired as the framework would, on a real H2 catalogue in a temporary SHELF_HOME. */
final class ImportFixture implements AutoCloseable {
    final Path home;
    final H2CatalogStore store = new H2CatalogStore();
    final FileImportService service = new FileImportService();

    ImportFixture(Path home) throws Exception {
        this.home = home;
        store.open(CatalogDatabase.open(home.resolve("data/catalog")));
        service.store = store;
        service.profiles = new ImportProfiles(home.resolve("etc/profiles"));
    }

    ImportFixture with(Importer importer, String format, int ranking) {
        service.addImporter(importer, Map.of(Importer.FORMAT, format, Constants.SERVICE_RANKING, ranking,
                Constants.SERVICE_ID, (long) ranking + 100));
        return this;
    }

    /** Imports through the given rows as the file work/商品表.xlsx (which exists, empty). */
    ImportReport importRows(RowsImporter rows, ImportRequest request) throws Exception {
        with(rows, "xlsx", 0);
        try {
            return service.importFile(Subject.SYSTEM, file("商品表.xlsx"), request, ImportProgress.NONE);
        } finally {
            service.removeImporter(rows);
        }
    }

    ImportReport importRows(RowsImporter rows) throws Exception {
        return importRows(rows, new ImportRequest("", "", ""));
    }

    Path file(String name) throws java.io.IOException {
        Path file = home.resolve("work").resolve(name);
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        return file;
    }

    StoredProduct product(String spu) throws Exception {
        return store.product(Subject.SYSTEM, spu).get(0);
    }

    String fails(RowsImporter rows) throws Exception {
        try {
            importRows(rows);
        } catch (ImportException e) {
            return e.getMessage();
        }
        throw new AssertionError("the import did not fail");
    }

    @Override
    public void close() {
        store.close();
    }
}
