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

@Component(service = ReviewRejectCommand.class)
@GogoCommand(scope = "review", function = "reject")
public class ReviewRejectCommand {
    @Reference
    ReviewService review;

    @Reference
    CurrentUser currentUser;

    @Descriptor("send products back to the editor with a reason; they are fixed and submitted again")
    public void reject(CommandSession session,
            @Descriptor("why, for the editor (required)")
            @Parameter(names = {"--reason", "-r"}, absentValue = "") String reason,
            @Descriptor("SPU codes, or MERCHANT/SPU") String... products) throws ReviewException {
        System.out.print(Outcomes.of(review.reject(currentUser.of(session), List.of(products), reason), "reject"));
    }
}
