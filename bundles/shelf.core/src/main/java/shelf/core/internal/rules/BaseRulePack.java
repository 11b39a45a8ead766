package shelf.core.internal.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import shelf.api.catalog.Product;
import shelf.api.rules.BatchContext;
import shelf.api.rules.Finding;
import shelf.api.rules.RulePack;

/**
 * The base pack (mandatory template fields, prices, SKU codes, barcodes, title length, Advertising Law
 * terms) as a service. It lives in shelf.core as a JSON resource until shelf.rules.base is its own
 * bundle; the resource is the same format category managers write.
 */
@Component(service = RulePack.class, property = RulePack.SERVICE_PROPERTY + "=base")
public final class BaseRulePack implements RulePack {
    static final String RESOURCE = "/rules/base.rules.json";

    private final DeclarativeRulePack pack = load();

    static DeclarativeRulePack load() {
        try (InputStream in = BaseRulePack.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bundle");
            }
            return RulePackReader.read("base.rules.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RulePackFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public String id() {
        return pack.id();
    }

    @Override
    public String version() {
        return pack.version();
    }

    @Override
    public boolean appliesTo(Product product, String channel) {
        return pack.appliesTo(product, channel);
    }

    @Override
    public List<Finding> check(Product product, BatchContext batch) {
        return pack.check(product, batch);
    }
}
