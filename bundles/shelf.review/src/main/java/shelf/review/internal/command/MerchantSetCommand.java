package shelf.review.internal.command;

import java.math.BigDecimal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.review.Merchant;
import shelf.api.review.Merchants;
import shelf.api.review.ReviewException;
import shelf.api.shell.CurrentUser;

@Component(service = MerchantSetCommand.class)
@GogoCommand(scope = "merchant", function = "set")
public class MerchantSetCommand {
    private static final String KEEP = "\u0000";

    @Reference
    Merchants merchants;

    @Reference
    CurrentUser currentUser;

    @Descriptor("create or change a merchant; annual sales above the VIP threshold make it VIP (auto-approved when clean)")
    public void set(CommandSession session,
            @Descriptor("annual sales in yuan, e.g. 6000000")
            @Parameter(names = {"--annual-sales", "-s"}, absentValue = KEEP) String sales,
            @Descriptor("the merchant's display name")
            @Parameter(names = {"--name", "-n"}, absentValue = KEEP) String name,
            @Descriptor("the merchant id products carry (商家)") String id) throws ReviewException {
        BigDecimal annualSales = null;
        if (!sales.equals(KEEP)) {
            try {
                annualSales = new BigDecimal(sales.replace(",", "").strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--annual-sales '" + sales + "' is not an amount in yuan — e.g. 6000000");
            }
        }
        Merchant m = merchants.set(id, name.equals(KEEP) ? null : name, annualSales, currentUser.of(session));
        System.out.println(m.id() + (m.name().isEmpty() ? "" : " (" + m.name() + ")") + ": annual sales ¥"
                + m.annualSales().toPlainString() + (m.vip() ? ", VIP — clean products pass review on submit"
                        : ", not VIP (threshold ¥" + merchants.vipThreshold().toPlainString() + ")"));
    }
}
