package shelf.publish.command.internal;

import java.math.BigDecimal;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.CurrentUser;
import shelf.api.publish.Job;
import shelf.api.publish.PublishException;
import shelf.api.publish.ListingSync;

@Component(service = PriceSetCommand.class)
@GogoCommand(scope = "price", function = "set")
public class PriceSetCommand {
    @Reference
    ListingSync sync;

    @Reference
    CurrentUser currentUser;

    @Descriptor("set a SKU's sale price in the catalogue and on every channel where its product is live")
    public void set(CommandSession session,
            @Descriptor("the merchant, when several use the SKU code")
            @Parameter(names = {"--merchant", "-m"}, absentValue = "") String merchant,
            @Descriptor("the SKU code (SKU编码)") String sku,
            @Descriptor("the price in yuan, e.g. 89.50") String price) throws PublishException {
        BigDecimal value;
        try {
            value = new BigDecimal(price.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + price + "' is not a price — write it like 89.50");
        }
        if (value.scale() > 2) {
            throw new IllegalArgumentException("'" + price + "' has more than two decimals — prices are in yuan and fen");
        }
        System.out.println(SkuJobs.summary("price of " + sku + " set to " + value.toPlainString(),
                sync.setPrice(currentUser.of(session), merchant, sku, value)));
    }
}

/** "price of A1-2 set to 89.50 in the catalogue; sent to taobao, weidian (jobs 17, 18)". */
final class SkuJobs {
    private SkuJobs() {}

    static String summary(String what, List<Job> jobs) {
        if (jobs.isEmpty()) {
            return what + " in the catalogue; the product is not live on any channel";
        }
        return what + " in the catalogue; queued for " + String.join(", ", jobs.stream().map(Job::channel).sorted().toList())
                + " (job" + (jobs.size() == 1 ? " " : "s ")
                + String.join(", ", jobs.stream().map(j -> Long.toString(j.id())).sorted().toList()) + ")";
    }
}
