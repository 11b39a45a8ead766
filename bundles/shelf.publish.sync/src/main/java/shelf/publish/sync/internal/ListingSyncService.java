package shelf.publish.sync.internal;

import java.math.BigDecimal;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogStore;
import shelf.api.channel.ChannelAdapter;
import shelf.api.publish.Job;
import shelf.api.publish.ListingSync;
import shelf.api.publish.Outbox;
import shelf.api.publish.PublishException;
import shelf.api.publish.PullReport;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;
import shelf.catalog.spi.CatalogTables;

/**
 * price:set, stock:set and channel:pull: the catalogue changed first, then jobs in the publishing engine's
 * outbox, so they are sent, retried and resumed after a kill as a publish's are.
 */
@Component(service = ListingSync.class)
public class ListingSyncService implements ListingSync {
    @Reference
    CatalogTables tables;

    @Reference
    CatalogStore store;

    @Reference
    Outbox outbox;

    /** The command ACL: each method checks the caller under the name of the command that does the same. */
    @Reference
    CommandAccess access;

    @Reference
    AuditLog audit;

    public ListingSyncService() {}

    /** On the given catalogue and outbox outside the framework (tests). */
    public ListingSyncService(CatalogTables tables, CatalogStore store, Outbox outbox, CommandAccess access, AuditLog audit) {
        this.tables = tables;
        this.store = store;
        this.outbox = outbox;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public List<Job> setPrice(Subject by, String merchant, String skuCode, BigDecimal price) throws PublishException {
        access.check(by, "price:set");
        return new SkuUpdates(tables, outbox, audit).price(by, merchant, skuCode, price);
    }

    @Override
    public List<Job> setStock(Subject by, String merchant, String skuCode, int stock) throws PublishException {
        access.check(by, "stock:set");
        return new SkuUpdates(tables, outbox, audit).stock(by, merchant, skuCode, stock);
    }

    @Override
    public PullReport pull(Subject by, String channel, String merchant) throws PublishException {
        // the channel's own command, or sync's: a pull is how a shop is first brought in step
        if (!access.allows(by, "channel:pull") && !access.allows(by, "publish:sync")) {
            access.check(by, "channel:pull");
        }
        String target = merchant.isEmpty() ? channel : merchant;
        by.requireScope("merchant " + target, target, null);
        ChannelAdapter adapter = outbox.adapter(channel).orElseThrow(() -> new PublishException(
                "no " + channel + " adapter installed — see channel:list"));
        try {
            PullReport report = new ShopPull(store, outbox).pull(channel, adapter, merchant, by.name());
            audit.append(ShopPull.audited(by, report));
            return report;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("pulling the " + channel + " shop was interrupted; nothing was stored", e);
        }
    }
}
