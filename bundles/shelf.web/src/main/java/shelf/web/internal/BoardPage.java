package shelf.web.internal;

import static shelf.web.internal.Html.esc;
import static shelf.web.internal.Html.label;
import static shelf.web.internal.Html.url;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.StoredProduct;
import shelf.api.review.BoardQuery;
import shelf.api.review.BoardSummary;
import shelf.api.review.ReviewItem;
import shelf.api.review.ReviewState;
import shelf.api.security.Subject;

/**
 * The 看板 of the user's scope: a column per review state with its count and oldest cards, the blocked
 * products and why; filtered by merchant, category and batch; the columns reload every few seconds (htmx).
 */
final class BoardPage {
    static final int CARDS = 8;

    private final WebWorkbench web;
    private final AfterApproval afterApproval = new AfterApproval();

    BoardPage(WebWorkbench web) {
        this.web = web;
    }

    void page(Exchange x) throws Exception {
        String merchant = x.query("merchant");
        String category = x.query("category");
        String batch = x.query("batch");
        String query = "merchant=" + url(merchant) + "&category=" + url(category) + "&batch=" + url(batch);
        StringBuilder b = new StringBuilder("<h1>").append(label("看板", "Board")).append("</h1>");
        b.append("<form class=filters method=get action='/board'>")
                .append("<label>").append(label("商家", "Merchant")).append("<input name=merchant value='").append(esc(merchant)).append("'></label>")
                .append("<label>").append(label("类目", "Category")).append("<input name=category value='").append(esc(category)).append("'></label>")
                .append("<label>").append(label("批次", "Batch")).append("<input name=batch size=5 value='").append(esc(batch)).append("'></label>")
                .append("<button>").append(label("筛选", "Filter")).append("</button></form>");
        b.append("<div id=board hx-get='/board/columns?").append(esc(query))
                .append("' hx-trigger='every 3s' hx-swap=innerHTML>").append(columns(x.session.subject, merchant, category, batch))
                .append("</div>");
        x.html(200, Html.page(x.session, "看板 Board", b.toString()));
    }

    /** The columns alone, for htmx's polling. */
    void columns(Exchange x) throws Exception {
        x.html(200, columns(x.session.subject, x.query("merchant"), x.query("category"), x.query("batch")));
    }

    private String columns(Subject me, String merchant, String category, String batch) throws Exception {
        // counts and the oldest cards only, from the review service, which decides what the user sees
        Set<String> inBatch = null;
        if (!batch.isBlank()) {
            long id;
            try {
                id = Long.parseLong(batch.strip());
            } catch (NumberFormatException notANumber) {
                return "<p class=refused>" + label("批次应是数字", "A batch is a number") + ": " + esc(batch) + "</p>";
            }
            inBatch = new HashSet<>();
            for (StoredProduct p : web.catalog.products(me, new ProductQuery(id, "", "", 0))) {
                inBatch.add(p.product().merchant() + "/" + p.product().spuCode());
            }
        }
        BoardSummary board = web.review.board(me, new BoardQuery(merchant, category, inBatch, CARDS));
        Instant now = Instant.now();
        // past approval: where the approved cards shown stand in publishing, read for all of them at once
        List<String> approved = board.oldest().get(ReviewState.APPROVED).stream().map(i -> i.merchant() + "/" + i.spuCode()).toList();
        Map<String, String> publishing = afterApproval.of(me, approved, web.publish, web.schedule, web.access, web.catalog);
        StringBuilder b = new StringBuilder("<div class=columns>");
        for (ReviewState state : ReviewState.values()) {
            List<ReviewItem> in = board.oldest().get(state);
            int count = board.counts().get(state);
            b.append("<section class=column data-state='").append(state.id()).append("'><h2>").append(esc(state.label()))
                    .append(" <span class=en>").append(state.id()).append("</span> <span class=count>(").append(count)
                    .append(")</span></h2>");
            for (ReviewItem i : in) {
                String ref = i.merchant() + "/" + i.spuCode();
                b.append("<a class='card").append(i.blocked() ? " blocked" : "").append("' data-product='").append(esc(ref))
                        .append("' href='/review/product?p=")
                        .append(esc(url(ref))).append("'><b>").append(esc(i.spuCode())).append("</b> ")
                        .append(Html.waited(i.since(), now)).append(" <span>").append(esc(i.by())).append("</span><br><small>")
                        .append(esc(i.merchant())).append(" · ").append(esc(i.title())).append("</small>")
                        .append(publishing.getOrDefault(ref, "")).append("</a>");
            }
            if (count > in.size()) {
                b.append("<p class=more>+").append(count - in.size()).append("</p>");
            }
            b.append("</section>");
        }
        List<ReviewItem> blocked = board.blocked();
        b.append("</div><h2>").append(label("阻塞", "Blocked")).append(" (").append(board.blockedCount()).append(")</h2>");
        if (!blocked.isEmpty()) {
            b.append("<table class=list id=blocked><tr><th>").append(label("商品编码", "SPU")).append("<th>")
                    .append(label("商家", "Merchant")).append("<th>").append(label("状态", "State")).append("<th>")
                    .append(label("等待", "Waiting")).append("<th>").append(label("原因", "Blocked by")).append("</tr>");
            for (ReviewItem i : blocked) {
                b.append("<tr><td>").append(esc(i.spuCode())).append("<td>").append(esc(i.merchant())).append("<td>")
                        .append(esc(i.state().label())).append("<td>").append(Html.waited(i.since(), now)).append("<td>")
                        .append(esc(i.blockedBy())).append("</tr>");
            }
            b.append("</table>");
            if (board.blockedCount() > blocked.size()) {
                b.append("<p class=more>+").append(board.blockedCount() - blocked.size()).append("</p>");
            }
        }
        return b.toString();
    }
}
