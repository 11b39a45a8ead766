package shelf.review.internal.command;

import java.time.Instant;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.review.ReviewException;
import shelf.api.review.BoardQuery;
import shelf.api.review.ReviewService;
import shelf.api.shell.CurrentUser;

@Component(service = BoardCommand.class)
@GogoCommand(scope = "review", function = "board")
public class BoardCommand {
    @Reference
    ReviewService review;

    @Reference
    CurrentUser currentUser;

    @Descriptor("the review kanban of your scope: a column per state with counts, the oldest cards and who holds them, "
            + "and the blocked products")
    public void board(CommandSession session,
            @Descriptor("cards per column (default 5)")
            @Parameter(names = {"--cards", "-n"}, absentValue = "5") int cards) throws ReviewException {
        // counts and the oldest cards by queries on the review table, as the web's board: not the scope's products
        System.out.print(BoardView.of(review.board(currentUser.of(session), new BoardQuery("", "", null, Math.max(0, cards))),
                Instant.now()));
    }
}
