package shelf.channel.sandbox.internal;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.Table;
import shelf.channel.sandbox.kit.SandboxListing;

/** {@code sandbox:listings CHANNEL [--count]}: what a simulated shop lists. */
@Component(service = SandboxListingsCommand.class)
@GogoCommand(scope = "sandbox", function = "listings")
public class SandboxListingsCommand {
    @Reference
    Sandbox sandbox;

    @Descriptor("list a simulated shop's listings: id, outer id, title, SKUs, stock, on sale; with --count one line of totals")
    public void listings(
            @Descriptor("print only 'listings N, duplicates D' (D: outer ids listed more than once)")
            @Parameter(names = "--count", presentValue = "true", absentValue = "false") boolean count,
            @Descriptor("weidian, taobao, pinduoduo, douyin or wechat") String channel) {
        Marketplace market = sandbox.market(channel);
        if (count) {
            System.out.println("listings " + market.store.count() + ", duplicates " + market.store.duplicates());
            return;
        }
        Table table = new Table("Id", "Outer id", "Title", "SKUs", "Stock", "On sale");
        for (SandboxListing listing : market.store.all()) {
            synchronized (listing) {
                table.row(listing.id, listing.outerId, listing.title, listing.skus.size(), listing.totalStock(),
                        listing.onSale ? "yes" : "no");
            }
        }
        System.out.print(table);
        System.out.println("listings " + market.store.count() + ", duplicates " + market.store.duplicates());
    }
}
