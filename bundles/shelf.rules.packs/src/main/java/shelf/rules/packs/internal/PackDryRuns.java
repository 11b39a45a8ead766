package shelf.rules.packs.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.ScopedBatch;
import shelf.api.security.CommandAccess;
import shelf.api.catalog.StoredProduct;
import shelf.api.finding.Finding;
import shelf.api.rules.PackDryRun;
import shelf.api.rules.RulePack;
import shelf.api.security.Subject;
import shelf.api.rules.RuleEngine;
import shelf.rules.engine.spi.RulePackFormatException;
import shelf.rules.engine.spi.PackReader;
import shelf.rules.engine.spi.CompiledPack;

/** rules:test — a pack file run against a stored batch beside the active packs, nothing stored. */
@Component(service = PackDryRuns.class)
public final class PackDryRuns {
    @Reference
    CatalogStore store;

    @Reference
    RuleEngine engine;

    @Reference
    CommandAccess access;

    @Reference
    PackReader reader;

    PackDryRun test(Subject subject, Path file, long batchId, String channel) throws CatalogException {
        access.check(subject, "rules:test");
        CompiledPack candidate = read(file); // a faulty pack is told first, whatever the batch
        ScopedBatch scoped = store.inScope(subject, batchId);
        List<StoredProduct> products = store.products(Subject.SYSTEM, new ProductQuery(batchId, "", "", 0)).stream()
                .filter(p -> scoped.sees(p.product().merchant(), p.product().spuCode())).toList();
        List<RulePack> now = engine.registeredPacks();
        List<RulePack> then = new ArrayList<>(now);
        String replaces = "";
        for (RulePack pack : now) {
            if (pack.id().equals(candidate.id())) {
                then.remove(pack);
                replaces = pack.id() + "@" + pack.version();
            }
        }
        then.add(candidate);
        List<Finding> before = engine.run(products, channel, now, done -> { }).findings();
        List<Finding> after = engine.run(products, channel, then, done -> { }).findings();
        return new PackDryRun(candidate.toString(), replaces, products.size(), minus(after, before), minus(before, after));
    }

    private CompiledPack read(Path file) {
        try {
            return reader.read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        } catch (RulePackFormatException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** The findings of {@code a} that {@code b} lacks, counting duplicates; the pack version does not count. */
    static List<Finding> minus(List<Finding> a, List<Finding> b) {
        Map<String, Integer> left = new HashMap<>();
        b.forEach(f -> left.merge(key(f), 1, Integer::sum));
        List<Finding> extra = new ArrayList<>();
        for (Finding f : a) {
            Integer n = left.get(key(f));
            if (n == null || n == 0) {
                extra.add(f);
            } else {
                left.put(key(f), n - 1);
            }
        }
        return extra;
    }

    private static String key(Finding f) {
        return String.join("\u0001", f.code(), f.severity().name(), f.merchant(), f.spuCode(), f.skuCode(), f.field(),
                f.message());
    }
}
