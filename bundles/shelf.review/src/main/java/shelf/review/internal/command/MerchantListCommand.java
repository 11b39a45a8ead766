package shelf.review.internal.command;

import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.review.Merchant;
import shelf.api.review.Merchants;
import shelf.api.review.ReviewException;
import shelf.api.shell.Table;

@Component(service = MerchantListCommand.class)
@GogoCommand(scope = "merchant", function = "list")
public class MerchantListCommand {
    @Reference
    Merchants merchants;

    @Descriptor("list the merchants: name, annual sales, tier")
    public void list() throws ReviewException {
        List<Merchant> all = merchants.list();
        if (all.isEmpty()) {
            System.out.println("No merchants set yet — merchant:set ID --annual-sales N --name NAME");
            return;
        }
        Table table = new Table("Merchant", "Name", "Annual sales (¥)", "Tier", "Set by");
        all.forEach(m -> table.row(m.id(), m.name(), m.annualSales().toPlainString(), m.vip() ? "VIP" : "standard",
                m.updatedBy()));
        System.out.print(table);
        System.out.println("VIP: annual sales above ¥" + merchants.vipThreshold().toPlainString());
    }
}
