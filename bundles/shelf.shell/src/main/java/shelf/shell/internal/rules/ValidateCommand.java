package shelf.shell.internal.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.SourceCell;
import shelf.api.catalog.StoredProduct;
import shelf.api.rules.Finding;
import shelf.api.rules.RuleEngine;
import shelf.api.rules.RulePack;
import shelf.api.rules.Severity;
import shelf.api.security.CurrentUser;
import shelf.api.security.Subject;
import shelf.api.shell.Table;

/** {@code validate BATCH}: runs every rule pack over a batch's products and prints what they found. */
@Component(service = ValidateCommand.class)
@GogoCommand(scope = "catalog", function = "validate")
public class ValidateCommand {
    @Reference
    CatalogStore store;

    @Reference
    RuleEngine engine;

    @Reference
    CurrentUser currentUser;

    @Reference
    AuditLog audit;

    private final RulePacks packs = new RulePacks();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPack(RulePack pack, Map<String, Object> properties) {
        packs.add(pack, properties);
    }

    void removePack(RulePack pack) {
        packs.remove(pack);
    }

    @Descriptor("check a batch's products against every rule pack: severity, code, SPU, SKU, field, cell and message of each finding")
    public void validate(CommandSession session,
            @Descriptor("the channel to validate for (default: no particular channel)")
            @Parameter(names = {"--channel"}, absentValue = "") String channel,
            @Descriptor("the batch id (see batch:list)") long batch) throws CatalogException {
        if (store.batch(batch).isEmpty()) {
            throw new IllegalArgumentException("no batch " + batch + " — see batch:list");
        }
        Subject me = currentUser.of(session);
        List<StoredProduct> products = store.products(new ProductQuery(batch, "", "", 0)).stream()
                .filter(p -> me.scope().allows(p.product().merchant(), p.product().categoryPath())).toList();
        String packNames = packs.entries().stream().map(RulePacks.Entry::name).collect(Collectors.joining(", "));
        List<Finding> findings = engine.validate(products, channel);
        if (!findings.isEmpty()) {
            Table table = new Table("Severity", "Code", "SPU", "SKU", "Field", "Cell", "Message");
            findings.forEach(f -> table.row(f.severity().name().toLowerCase(java.util.Locale.ROOT), f.code(), f.spuCode(),
                    f.skuCode(), f.field(), cell(f.source()), f.message()));
            System.out.print(table);
        }
        String summary = summary(findings, products.size(), packNames);
        audit.append(AuditEntry.of(me.name(), "validate", List.of("batch:" + batch), "", "", summary));
        System.out.println(summary);
    }

    /** "2 errors, 1 warning, 0 info in 3 products (packs base@1.0.0, apparel@1.2.0)". */
    static String summary(List<Finding> findings, int products, String packNames) {
        return count(findings, Severity.ERROR, "error") + ", " + count(findings, Severity.WARNING, "warning") + ", "
                + findings.stream().filter(f -> f.severity() == Severity.INFO).count() + " info in " + products
                + (products == 1 ? " product" : " products")
                + (packNames.isEmpty() ? " (no rule packs)" : " (" + (packNames.contains(",") ? "packs " : "pack ") + packNames + ")");
    }

    private static String count(List<Finding> findings, Severity severity, String word) {
        long n = findings.stream().filter(f -> f.severity() == severity).count();
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** "row 7, column P", or empty when the finding's cell is not known. */
    static String cell(SourceCell source) {
        if (source == null) {
            return "";
        }
        return "row " + source.row() + (source.column() > 0 ? ", column " + source.columnLetter() : "");
    }
}
