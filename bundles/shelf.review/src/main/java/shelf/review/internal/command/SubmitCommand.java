package shelf.review.internal.command;

import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.review.ReviewException;
import shelf.api.review.ReviewService;
import shelf.api.shell.CurrentUser;

@Component(service = SubmitCommand.class)
@GogoCommand(scope = "review", function = "submit")
public class SubmitCommand {
    @Reference
    ReviewService review;

    @Reference
    CurrentUser currentUser;

    @Descriptor("send products to review (drafts and rejected ones); a VIP merchant's clean products are approved at once")
    public void submit(CommandSession session,
            @Descriptor("every draft of this batch (see batch:list)")
            @Parameter(names = {"--batch", "-b"}, absentValue = "0") long batch,
            @Descriptor("SPU codes, or MERCHANT/SPU") String... products) throws ReviewException {
        var me = currentUser.of(session);
        if (batch == 0 && products.length == 1 && products[0].matches("\\d+") && notAProduct(session, products[0])) {
            batch = Long.parseLong(products[0]); // "submit 3": batch 3, when no product has the code 3
        }
        if (batch != 0) {
            Outcomes.Gathered outcomes = new Outcomes.Gathered();
            review.submitBatch(me, batch, outcomes);
            System.out.print(outcomes.text("submit"));
        } else {
            System.out.print(Outcomes.of(review.submit(me, List.of(products)), "submit"));
        }
    }

    private boolean notAProduct(CommandSession session, String code) {
        try {
            review.show(currentUser.of(session), code);
            return false;
        } catch (ReviewException e) {
            return true;
        }
    }
}
