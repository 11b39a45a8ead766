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

@Component(service = ReviewApproveCommand.class)
@GogoCommand(scope = "review", function = "approve")
public class ReviewApproveCommand {
    @Reference
    ReviewService review;

    @Reference
    CurrentUser currentUser;

    @Descriptor("pass products to the next stage (初审 → 终审 → approved); products with error findings stay")
    public void approve(CommandSession session,
            @Descriptor("every waiting product of this batch")
            @Parameter(names = {"--batch", "-b"}, absentValue = "0") long batch,
            @Descriptor("a comment kept with the approval")
            @Parameter(names = {"--comment", "-c"}, absentValue = "") String comment,
            @Descriptor("SPU codes, or MERCHANT/SPU") String... products) throws ReviewException {
        var me = currentUser.of(session);
        if (batch != 0) {
            Outcomes.Gathered outcomes = new Outcomes.Gathered();
            review.approveBatch(me, batch, comment, outcomes);
            System.out.print(outcomes.text("approve"));
        } else {
            System.out.print(Outcomes.of(review.approve(me, List.of(products), comment), "approve"));
        }
    }
}
