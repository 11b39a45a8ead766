package shelf.review.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import shelf.api.review.ReviewOutcome;
import shelf.api.review.ReviewState;

/** What submit --batch prints: every product of a small batch, a summary of a large one. */
class OutcomesTest {

    @Test
    void aSmallBatchIsListedProductByProductAsBefore() {
        List<ReviewOutcome> outcomes = List.of(
                new ReviewOutcome("acme", "A-1", ReviewState.DRAFT, ReviewState.PRE_REVIEW, "waits for a reviewer"),
                new ReviewOutcome("acme", "A-3", ReviewState.DRAFT, ReviewState.PRE_REVIEW,
                        "waits, blocked by title.banned-word: 标题含广告法禁用的绝对化用语：最，请删除"));
        Outcomes.Gathered gathered = new Outcomes.Gathered();
        outcomes.forEach(gathered);

        assertEquals(Outcomes.of(outcomes, "submit"), gathered.text("submit"));
        assertEquals("Nothing to submit\n", new Outcomes.Gathered().text("submit"));
    }

    @Test
    void aLargeBatchShowsItsFirstProductsAndACountPerKindOfMove() {
        Outcomes.Gathered gathered = new Outcomes.Gathered();
        List<ReviewOutcome> all = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            all.add(i % 1000 == 7
                    ? new ReviewOutcome("bench", "SPU" + i, ReviewState.DRAFT, ReviewState.PRE_REVIEW,
                            "waits, blocked by title.too-long: 标题过长（" + (60 + i % 7) + "字节，最多60字节）")
                    : new ReviewOutcome("bench", "SPU" + i, ReviewState.DRAFT, ReviewState.APPROVED,
                            "VIP merchant, no error findings: approved"));
        }
        all.forEach(gathered);
        String text = gathered.text("submit");

        List<String> lines = text.lines().toList();
        assertEquals(1 + 20 + 1 + 2 + 1, lines.size(), text);
        assertEquals("… and 5,980 more (review:queue and board show where they stand)", lines.get(21));
        assertEquals("     5,994  draft → approved  VIP merchant, no error findings: approved", lines.get(22));
        assertEquals("         6  draft → pre-review  waits, blocked by title.too-long", lines.get(23));
        assertEquals("6000 of 6000 moved", lines.get(24));
        assertTrue(lines.get(1).startsWith("SPU0 "), lines.get(1));
    }
}
