package shelf.publish.command.internal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.CurrentUser;
import shelf.api.publish.PublishException;
import shelf.api.publish.ListingSync;

@Component(service = StockSetCommand.class)
@GogoCommand(scope = "stock", function = "set")
public class StockSetCommand {
    @Reference
    ListingSync sync;

    @Reference
    CurrentUser currentUser;

    @Descriptor("set a SKU's stock in the catalogue and on every channel where its product is live")
    public void set(CommandSession session,
            @Descriptor("the merchant, when several use the SKU code")
            @Parameter(names = {"--merchant", "-m"}, absentValue = "") String merchant,
            @Descriptor("the SKU code (SKU编码)") String sku,
            @Descriptor("units in stock") int stock) throws PublishException {
        System.out.println(SkuJobs.summary("stock of " + sku + " set to " + stock, sync.setStock(currentUser.of(session), merchant, sku, stock)));
    }
}
