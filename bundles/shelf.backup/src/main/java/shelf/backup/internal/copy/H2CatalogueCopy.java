package shelf.backup.internal.copy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.publish.NodeStatus;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishService;
import shelf.api.runtime.ShelfHome;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;
import shelf.api.store.Database;

/**
 * Moves a home's H2 catalogue into the PostgreSQL database it now runs on (catalog:copyh2): products,
 * batches, findings, review states and history, jobs, schedules, users, rule packs — every table but the three
 * {@link TableCopy} keeps. Only into a catalogue nobody has worked in, with no other node alive on it, from an H2
 * file no Shelf has open and whose migrations are this Shelf's; otherwise it says why and changes nothing.
 * The running services keep what they read at start (users, rule packs, the next ids of some tables), so
 * Shelf is restarted after the copy.
 */
@Component(service = H2CatalogueCopy.class)
public final class H2CatalogueCopy {
    static final String COMMAND = "catalog:copyh2";

    @Reference
    Database database;

    @Reference
    AuditLog audit;

    @Reference
    CommandAccess access;

    /** The nodes alive on the database; absent when the publishing feature is not installed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile PublishService publishing;

    private Path home;
    private BundleContext context;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
        home = ShelfHome.of(context).toAbsolutePath().normalize();
    }

    /** What was copied: rows by table, in the order copied. */
    public record Report(Path file, String database, Map<String, Long> tables, long rows, long millis) {
    }

    /** This home's own H2 catalogue, which stays in data/ when etc/database.properties names PostgreSQL. */
    public Path defaultFile() {
        return home.resolve("data").resolve("catalog.mv.db");
    }

    /**
     * Copies the H2 catalogue {@code file} into this Shelf's PostgreSQL catalogue.
     *
     * @param progress given the rows to copy, returns what is told the rows as they are copied
     */
    public Report copy(Subject subject, Path file, LongFunction<LongConsumer> progress) throws CatalogException {
        access.check(subject, COMMAND);
        Path mvFile = H2File.mvFile(file.toAbsolutePath().normalize());
        long began = System.currentTimeMillis();
        try (Connection postgres = database.connect()) {
            String where = postgresOnly(postgres);
            refuseWhileOtherNodesLive(subject, postgres);
            try (Connection h2 = H2File.open(mvFile)) {
                refuseOtherTables(h2, postgres, mvFile);
                refuseWorkedIn(postgres, where);
                TableCopy copy = new TableCopy(h2, postgres);
                List<TableCopy.Table> tables = copy.plan();
                LongConsumer copied = progress.apply(tables.stream().mapToLong(TableCopy.Table::rows).sum());
                Map<String, Long> rows = new LinkedHashMap<>();
                copy.run(tables, copied).forEach(c -> rows.put(c.table(), c.rows()));
                long total = rows.values().stream().mapToLong(Long::longValue).sum();
                audit.append(AuditEntry.of(subject.name(), COMMAND, List.of("file:" + mvFile), "", where,
                        String.format("%d tables, %d rows", rows.size(), total)));
                return new Report(mvFile, where, rows, total, System.currentTimeMillis() - began);
            }
        } catch (SQLException e) {
            throw new CatalogException("Cannot copy " + mvFile + " into the catalogue: " + e.getMessage()
                    + " — rolled back, the PostgreSQL catalogue is as it was", e);
        }
    }

    /** The PostgreSQL database's address, or the refusal when the catalogue is the H2 file. */
    private String postgresOnly(Connection connection) throws SQLException, CatalogException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            throw new CatalogException("This Shelf's catalogue is " + product + " (" + defaultFile() + "), not PostgreSQL: "
                    + "name an empty PostgreSQL database in etc/database.properties, restart Shelf, then copy (see "
                    + "\"PostgreSQL for a team\" in the README); nothing was copied");
        }
        String url = connection.getMetaData().getURL();
        String address = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
        return address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
    }

    /** Rows go across column by column: the H2 file's migrations must be this Shelf's. */
    private void refuseOtherTables(Connection h2, Connection postgres, Path mvFile) throws SQLException, CatalogException {
        if (!CatalogueTables.of(h2).containsKey("schema_chain")) {
            throw new CatalogException("The H2 catalogue " + mvFile + " records no migrations (schema_chain): it was "
                    + "written by an older Shelf — start this Shelf once on the H2 file (move etc/database.properties "
                    + "aside, shelf start, shelf stop, put it back) so it brings its tables up to date, then copy again; "
                    + "nothing was copied");
        }
        ChainOwners.wake(context);
        Optional<String> unlike = SchemaChains.difference(SchemaChains.of(h2), SchemaChains.of(postgres), mvFile.toString());
        if (unlike.isPresent()) {
            throw new CatalogException(unlike.get());
        }
    }

    /** Other Shelf processes would work on while their catalogue is replaced under them. */
    private void refuseWhileOtherNodesLive(Subject subject, Connection postgres) throws SQLException, CatalogException {
        PublishService nodes = publishing;
        List<String> others;
        if (nodes != null) {
            try {
                others = nodes.nodes(subject).stream().filter(n -> n.live() && !n.self()).map(NodeStatus::id).toList();
            } catch (PublishException e) {
                throw new CatalogException(e.getMessage(), e);
            }
        } else {
            others = liveNodeRows(postgres); // no engine here: every live row is another process
        }
        if (!others.isEmpty()) {
            throw new CatalogException("Other Shelf nodes are alive on this database (" + String.join(", ", others)
                    + "): stop them (shelf stop on each; cluster:status lists them) and copy again; nothing was copied");
        }
    }

    private static List<String> liveNodeRows(Connection postgres) throws SQLException {
        if (!CatalogueTables.of(postgres).containsKey("publish_node")) {
            return List.of();
        }
        List<String> live = new java.util.ArrayList<>();
        try (Statement statement = postgres.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT id FROM publish_node WHERE seen_at >= " + (System.currentTimeMillis() - 3_500))) {
            while (rs.next()) {
                live.add(rs.getString(1));
            }
        }
        return live;
    }

    /** A copy goes only into a catalogue no one has worked in: what the plugins write at their first start is replaced. */
    private static void refuseWorkedIn(Connection postgres, String where) throws SQLException, CatalogException {
        for (String table : List.of("batch", "product")) {
            if (!CatalogueTables.of(postgres).containsKey(table)) {
                continue;
            }
            try (Statement statement = postgres.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new CatalogException("The PostgreSQL catalogue " + where + " already holds " + rs.getLong(1)
                            + " " + (table.equals("batch") ? "batches" : "products") + ": a copy goes only into a "
                            + "catalogue no one has worked in — name a new, empty database in etc/database.properties "
                            + "(or drop and create this one), restart Shelf and copy again; nothing was copied");
                }
            }
        }
    }
}
