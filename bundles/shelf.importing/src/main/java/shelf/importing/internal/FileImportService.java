package shelf.importing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.StoredBatch;
import shelf.api.importer.ImportException;
import shelf.api.importer.ImportProgress;
import shelf.api.importer.ImportReport;
import shelf.api.importer.ImportRequest;
import shelf.api.importer.ImportService;
import shelf.api.importer.Importer;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;
import shelf.api.media.MediaRoots;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;
import shelf.catalog.spi.BatchStore;
import shelf.api.runtime.ShelfHome;

/**
 * Imports a file: the first importer that takes it reads the rows, {@link ImportSink} maps and groups them,
 * and the catalogue stores the batch whole or not at all.
 */
@Component(service = ImportService.class)
public class FileImportService implements ImportService {
    private final Importers importers = new Importers();
    private final HeaderAliases aliases = HeaderAliases.standard();

    @Reference
    BatchStore store;

    @Reference
    CommandAccess access;

    ImportProfiles profiles;
    /** Folders besides a spreadsheet's own that its media paths may name (framework property shelf.media.roots). */
    MediaRoots mediaRoots = new MediaRoots(List.of());
    private ProfileExtender shippedProfiles;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addImporter(Importer importer, Map<String, Object> properties) {
        importers.add(importer, properties);
    }

    void removeImporter(Importer importer) {
        importers.remove(importer);
    }

    @Activate
    void activate(BundleContext context) {
        profiles = new ImportProfiles(ShelfHome.of(context).resolve("etc").resolve("profiles"));
        mediaRoots = MediaRoots.parse(context.getProperty(MediaRoots.PROPERTY));
        shippedProfiles = new ProfileExtender(context, profiles);
    }

    @Deactivate
    void deactivate() {
        shippedProfiles.close();
    }

    @Override
    public ImportReport importFile(Subject subject, Path file, ImportRequest asked, ImportProgress progress)
            throws ImportException {
        long start = System.nanoTime();
        if (!subject.isAdmin()) {
            access.check(subject, "catalog:import");
        }
        ImportRequest request = new ImportRequest(ImportMerchant.of(subject, asked.merchant().strip()), asked.profile(),
                asked.sheet());
        requireFile(file);
        ImportProfile profile = profiles.profile(request.profile(), file, aliases);
        Importer importer = chosen(file);
        String sheet = request.sheet().isEmpty() ? profile.sheet() : request.sheet();
        try (ImportSink sink = new ImportSink(file, request, subject.name(), profile, aliases, store,
                progress == null ? ImportProgress.NONE : progress).withMediaRoots(mediaRoots)) {
            // a plugin's bug must not take the runtime down nor leave half a batch: nothing is stored
            read(importer, file, new ReadOptions(sheet, ReadOptions.DEFAULT_MAX_COLUMNS), sink, "; nothing was stored");
            StoredBatch batch = sink.finish();
            AuditLog log = audit;
            if (log != null) {
                log.append(AuditEntry.of(subject.name(), "import", List.of("batch:" + batch.id(),
                        "file:" + file.getFileName()), "", "", batch.products() + " products (" + batch.created()
                        + " new, " + batch.updated() + " changed, " + batch.unchanged() + " unchanged), "
                        + batch.errors() + " row errors"));
            }
            return new ImportReport(batch, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @Override
    public void read(Path file, ReadOptions options, RowSink sink) throws ImportException {
        requireFile(file);
        read(chosen(file), file, options, sink, "");
    }

    @Override
    public List<String> profiles() {
        return profiles.names();
    }

    private static void requireFile(Path file) throws ImportException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file, Files.isDirectory(file) ? "is a folder — name a spreadsheet file"
                    : "there is no such file — check the name and folder (" + file.toAbsolutePath().getParent() + ")");
        }
    }

    /** The highest-ranking importer that takes the file: the same one for an import and for a read. */
    private Importer chosen(Path file) throws ImportException {
        Importer importer = importers.find(file);
        if (importer == null) {
            throw new ImportException(file, "no importer takes this kind of file (installed: " + importers.formats() + ")");
        }
        return importer;
    }

    /** @param outcome what the failure left, said after the exception: "; nothing was stored", or "" */
    private static void read(Importer importer, Path file, ReadOptions options, RowSink sink, String outcome)
            throws ImportException {
        try {
            importer.read(file, options, sink);
        } catch (RuntimeException e) {
            System.getLogger(FileImportService.class.getName()).log(System.Logger.Level.ERROR, "importer failed on " + file, e);
            throw new ImportException(file, "the importer failed unexpectedly (" + e + ")" + outcome + " — see log/shelf.log", e);
        }
    }
}
