package shelf.review.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.review.Merchant;
import shelf.api.review.Merchants;
import shelf.api.review.ReviewException;
import shelf.api.security.Subject;
import shelf.api.store.Database;

/** Merchants in the catalogue's database; the VIP threshold from Configuration Admin (PID shelf.review). */
@Component(service = Merchants.class, configurationPid = "shelf.review")
@Designate(ocd = H2Merchants.Config.class)
public class H2Merchants implements Merchants {

    @ObjectClassDefinition(name = "Shelf review", description = "Merchant tiers of the review workflow")
    public @interface Config {
        @AttributeDefinition(description = "annual sales in yuan above which a merchant is VIP: its products "
                + "without error findings pass review on submit")
        String vipThreshold() default "5000000";
    }

    @Reference
    Database database;

    /** Keeps merchants and review states in {@code db}, bringing their tables up to date; for tests and tools too. */
    public void useDatabase(Database db) throws CatalogException {
        ReviewRows.migrate(db);
        database = db;
    }

    @Reference
    AuditLog audit;

    private volatile BigDecimal threshold = new BigDecimal("5000000");

    @Activate
    void activate(Config config) throws CatalogException {
        useDatabase(database);
        configure(config);
    }

    @Modified
    void configure(Config config) {
        try {
            threshold = new BigDecimal(config.vipThreshold().strip());
        } catch (NumberFormatException e) {
            System.getLogger(H2Merchants.class.getName()).log(System.Logger.Level.ERROR,
                    "shelf.review vipThreshold '" + config.vipThreshold() + "' is not a number of yuan; keeping "
                            + threshold);
        }
    }

    @Override
    public BigDecimal vipThreshold() {
        return threshold;
    }

    @Override
    public Merchant set(String id, String name, BigDecimal annualSales, Subject by) throws ReviewException {
        if (id == null || id.isBlank()) {
            throw new ReviewException("Name the merchant: merchant:set ID [--annual-sales N] [--name NAME]");
        }
        if (annualSales != null && annualSales.signum() < 0) {
            throw new ReviewException("--annual-sales " + annualSales.toPlainString() + " is negative — give yuan, e.g. 6000000");
        }
        Optional<Merchant> before = find(id);
        String newName = name != null ? name : before.map(Merchant::name).orElse("");
        BigDecimal sales = annualSales != null ? annualSales : before.map(Merchant::annualSales).orElse(BigDecimal.ZERO);
        run("store a merchant in", c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO merchant t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
                    + "CAST(? AS DECIMAL(20, 2)), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR))) "
                    + "AS s (id, name, annual_sales, updated_at, updated_by) "
                    + "ON t.id = s.id "
                    + "WHEN MATCHED THEN UPDATE SET name = s.name, annual_sales = s.annual_sales, "
                    + "updated_at = s.updated_at, updated_by = s.updated_by "
                    + "WHEN NOT MATCHED THEN INSERT (id, name, annual_sales, updated_at, updated_by) "
                    + "VALUES (s.id, s.name, s.annual_sales, s.updated_at, s.updated_by)")) {
                s.setString(1, id);
                s.setString(2, newName);
                s.setBigDecimal(3, sales);
                s.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                s.setString(5, by.name());
                s.executeUpdate();
                return null;
            }
        });
        Merchant after = find(id).orElseThrow();
        audit.append(AuditEntry.of(by.name(), "merchant:set", List.of("merchant:" + id),
                before.map(H2Merchants::describe).orElse(""), describe(after), ""));
        return after;
    }

    @Override
    public List<Merchant> list() throws ReviewException {
        return run("list the merchants of", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, annual_sales, updated_at, updated_by "
                    + "FROM merchant ORDER BY id");
                    ResultSet rs = s.executeQuery()) {
                List<Merchant> merchants = new ArrayList<>();
                while (rs.next()) {
                    merchants.add(read(rs));
                }
                return merchants;
            }
        });
    }

    @Override
    public Optional<Merchant> find(String id) throws ReviewException {
        return run("read a merchant of", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, annual_sales, updated_at, updated_by "
                    + "FROM merchant WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<Merchant>empty();
                }
            }
        });
    }

    private Merchant read(ResultSet rs) throws SQLException {
        BigDecimal sales = rs.getBigDecimal(3);
        return new Merchant(rs.getString(1), rs.getString(2), sales, sales.compareTo(threshold) > 0,
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5));
    }

    private static String describe(Merchant m) {
        return "name=" + m.name() + " annualSales=" + m.annualSales().toPlainString() + (m.vip() ? " VIP" : "");
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T run(String doing, Work<T> work) throws ReviewException {
        try (Connection c = database.connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new ReviewException(database.failure(doing, e).getMessage(), e);
        } catch (CatalogException e) {
            throw new ReviewException(e.getMessage(), e);
        }
    }
}
