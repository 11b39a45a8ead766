package shelf.api.importer;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.security.Subject;

/**
 * Imports a merchant's file into the catalogue: finds the importer for the file, finds the header row,
 * maps columns to product fields (the default 28-column template, its aliases, or a named import
 * profile), groups rows into products by SPU code and stores the batch whole or not at all.
 */
@ProviderType
public interface ImportService {
    /**
     * Needs "catalog:import"; a subject whose scope names merchants imports for one of them only (its one
     * merchant when the request names none). Audited with the subject's name.
     *
     * @param subject who imports
     * @param file the file to import
     * @param request merchant, profile, sheet
     * @param progress told how far reading has got; may be {@link ImportProgress#NONE}
     * @throws ImportException when the file cannot be imported at all; nothing is stored then
     */
    ImportReport importFile(Subject subject, Path file, ImportRequest request, ImportProgress progress) throws ImportException;

    /**
     * Reads a file through the importer an import of it would use, storing nothing: for whoever must see the
     * merchant's rows exactly as the import saw them (the findings report writes them back with its marks).
     *
     * @param file the file to read
     * @param options the sheet to read (empty for every sheet) and the widest row taken
     * @param sink receives the rows, in order
     * @throws ImportException when the file is not there, no importer takes it, or it cannot be read at all;
     *     an importer's own failure is reported this way too, never thrown through
     * @since 1.1
     */
    void read(Path file, ReadOptions options, RowSink sink) throws ImportException;

    /** The names of the import profiles known (etc/profiles and those shipped in bundles). */
    java.util.List<String> profiles();
}
