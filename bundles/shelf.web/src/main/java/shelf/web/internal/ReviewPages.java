package shelf.web.internal;

import static shelf.web.internal.Html.esc;
import static shelf.web.internal.Html.label;
import static shelf.web.internal.Html.url;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.finding.Finding;
import shelf.api.review.ReviewDetail;
import shelf.api.review.ReviewEvent;
import shelf.api.review.ReviewException;
import shelf.api.review.ReviewItem;
import shelf.api.review.ReviewOutcome;
import shelf.api.review.ReviewQueue;
import shelf.api.security.Subject;

/**
 * The reviewer's queue and the product page: the images as buyers will see them, every field with the
 * findings about it beside it (the image stage's too), the history, approve and reject. Each action is the
 * review service's, with the user's subject: an editor who posts an approval by hand is refused there.
 */
final class ReviewPages {
    /** Products per page of the queue. */
    static final int PAGE = 50;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /** The product's fields in the order a reviewer reads them: the finding's field path up to '.' or '[' → label. */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("spuCode", label("商品编码", "SPU"));
        FIELDS.put("title", label("标题", "Title"));
        FIELDS.put("subtitle", label("副标题", "Subtitle"));
        FIELDS.put("categoryPath", label("类目", "Category"));
        FIELDS.put("brand", label("品牌", "Brand"));
        FIELDS.put("attributes", label("属性", "Attributes"));
        FIELDS.put("tags", label("标签", "Tags"));
        FIELDS.put("video", label("视频", "Video"));
        FIELDS.put("description", label("描述", "Description"));
        FIELDS.put("shippingTemplate", label("运费模板", "Shipping"));
        FIELDS.put("returnPolicy", label("退换货政策", "Returns"));
        FIELDS.put("dispatchHours", label("发货时间(小时)", "Dispatch hours"));
    }

    private final WebWorkbench web;

    ReviewPages(WebWorkbench web) {
        this.web = web;
    }

    void queue(Exchange x) throws ReviewException {
        Subject me = x.session.subject;
        int from = 0;
        try {
            from = Math.max(0, Integer.parseInt(x.query("from").isBlank() ? "0" : x.query("from").strip()));
        } catch (NumberFormatException notANumber) {
            from = 0;
        }
        // one page of the queue: the service reads that page and the length, not the whole queue
        ReviewQueue page = web.review.queue(me, null, from, PAGE);
        List<ReviewItem> items = page.items();
        Instant now = Instant.now();
        StringBuilder b = new StringBuilder("<h1>").append(label("审核队列", "Review queue")).append(" <small>")
                .append(page.total()).append("</small></h1>");
        if (!x.query("done").isEmpty()) {
            b.append("<p class=done>").append(esc(x.query("done"))).append("</p>");
        }
        if (items.isEmpty()) {
            b.append("<p>").append(label("没有待审核的商品", "Nothing waits for review")).append("</p>");
        } else {
            b.append("<p class=hint>").append(label("键盘: j/k 上下, x 勾选, Enter 打开", "keys: j/k move, x ticks, Enter opens")).append("</p>");
            boolean approver = web.access.allows(me, "review:approve");
            if (approver) {
                b.append("<form method=post action='/review/approve-selected' id=approve-selected>").append(Html.csrfField(x.session))
                        .append("<input name=comment placeholder='意见 comment (可选 optional)'> <button class=ok>")
                        .append(label("通过所选", "Approve selected")).append("</button></form>");
            }
            b.append("<table id=queue class=list><tr>").append(approver ? "<th>" : "").append("<th>").append(label("商品编码", "SPU")).append("<th>")
                    .append(label("商家", "Merchant")).append("<th>").append(label("标题", "Title")).append("<th>")
                    .append(label("阶段", "Stage")).append("<th>").append(label("等待", "Waiting")).append("<th>")
                    .append(label("提交人", "By")).append("<th>").append(label("阻塞", "Blocked by")).append("</tr>");
            for (ReviewItem i : items) {
                String ref = i.merchant() + "/" + i.spuCode();
                b.append("<tr class=row data-href='/review/product?p=").append(esc(url(ref))).append("'>");
                if (approver) {
                    // the box belongs to the form above the table (form=…), so one POST carries every ticked product
                    b.append("<td><input type=checkbox name=p form=approve-selected value='").append(esc(ref)).append("'>");
                }
                b.append("<td><a href='/review/product?p=")
                        .append(esc(url(ref))).append("'>").append(esc(i.spuCode())).append("</a><td>").append(esc(i.merchant()))
                        .append("<td>").append(esc(i.title())).append("<td>").append(esc(i.state().label())).append("<td>")
                        .append(Html.waited(i.since(), now)).append("<td>").append(esc(i.by())).append("<td class=blocked>")
                        .append(esc(i.blockedBy())).append("</tr>");
            }
            b.append("</table>");
        }
        if (page.total() > PAGE) {
            b.append("<p class=pages>").append(from + 1).append("–").append(from + items.size()).append(" / ")
                    .append(page.total());
            if (from > 0) {
                b.append(" <a id=previous href='/review?from=").append(Math.max(0, from - PAGE)).append("'>")
                        .append(label("上一页", "Previous")).append("</a>");
            }
            if (from + items.size() < page.total()) {
                b.append(" <a id=more href='/review?from=").append(from + PAGE).append("'>").append(label("下一页", "Next page"))
                        .append("</a>");
            }
            b.append("</p>");
        }
        x.html(200, Html.page(x.session, "审核队列 Review queue", b.toString()));
    }

    void product(Exchange x) throws Exception {
        Subject me = x.session.subject;
        String ref = x.query("p");
        ReviewDetail d;
        try {
            d = web.review.show(me, ref);
        } catch (ReviewException notThere) {
            throw new Router.NotFound(notThere.getMessage());
        }
        Product p = d.product().product();
        List<Finding> all = new ArrayList<>(d.findings());
        all.addAll(ImageFindings.of(web.home, d.product().batchId(), p.merchant(), p.spuCode()));
        String self = p.merchant() + "/" + p.spuCode();
        String next = next(me, self);

        StringBuilder b = new StringBuilder();
        if (!x.query("done").isEmpty()) {
            b.append("<p class=done>").append(esc(x.query("done"))).append("</p>");
        }
        b.append("<h1>").append(esc(p.spuCode())).append(" <small>").append(esc(p.merchant())).append(" · ")
                .append(esc(d.item().state().label())).append(" ").append(esc(d.item().state().id())).append("</small></h1>");
        b.append("<p class=title>").append(esc(p.title())).append("</p>");
        actions(b, x.session, d, self, next);

        // 初审 checks the basic information first, 终审 the detail page: what the stage is about comes first
        if (d.item().state() == shelf.api.review.ReviewState.FINAL_REVIEW) {
            images(b, all, self, p);
            fields(b, all, p);
        } else {
            fields(b, all, p);
            images(b, all, self, p);
        }
        List<Finding> placed = new ArrayList<>();
        for (Finding f : all) {
            String g = group(f.field());
            if (FIELDS.containsKey(g) || g.equals("mainImages") || g.equals("detailImages")
                    || g.equals("skus") && p.skus().stream().anyMatch(s -> s.skuCode().equals(f.skuCode()))) {
                placed.add(f);
            }
        }
        if (placed.size() < all.size()) {
            b.append("<h2>").append(label("其他问题", "Other findings")).append("</h2>");
            findings(b, all, f -> !placed.contains(f));
        }

        b.append("<h2>").append(label("历史", "History")).append("</h2><ul class=history>");
        for (ReviewEvent e : d.events()) {
            b.append("<li>").append(TIME.format(e.at())).append(' ').append(esc(e.from().label())).append(" → ")
                    .append(esc(e.to().label())).append(' ').append(label("由", "by")).append(' ').append(esc(e.by()))
                    .append(e.note().isEmpty() ? "" : " — " + esc(e.note())).append("</li>");
        }
        if (d.events().isEmpty()) {
            b.append("<li>").append(label("尚未提交", "not submitted yet")).append("</li>");
        }
        b.append("</ul>");
        x.html(200, Html.page(x.session, p.spuCode() + " 审核 Review", b.toString()));
    }

    void approve(Exchange x) throws Exception {
        requirePost(x);
        List<ReviewOutcome> outcomes = web.review.approve(x.session.subject, List.of(x.form("p")), x.form("comment").strip());
        after(x, outcomes, x.form("next"));
    }

    /** Batch approve from the queue: every ticked product one stage on, in one call of the service. */
    void approveSelected(Exchange x) throws Exception {
        requirePost(x);
        List<String> products = x.formAll("p");
        if (products.isEmpty()) {
            x.redirect("/review?done=" + url("没有选择商品 Nothing was ticked"));
            return;
        }
        after(x, web.review.approve(x.session.subject, products, x.form("comment").strip()), "");
    }

    void reject(Exchange x) throws Exception {
        requirePost(x);
        String reason = x.form("reason").strip();
        if (reason.isEmpty()) {
            x.html(400, Html.page(x.session, "驳回 Reject", "<p class=refused>" + label("驳回需要填写原因", "A rejection needs a reason")
                    + " <a href='/review/product?p=" + esc(url(x.form("p"))) + "'>" + label("返回", "Back") + "</a></p>"));
            return;
        }
        after(x, web.review.reject(x.session.subject, List.of(x.form("p")), reason), x.form("next"));
    }

    /** Where the reviewer goes after an action: the next product of the queue, told what happened. */
    private static void after(Exchange x, List<ReviewOutcome> outcomes, String next) {
        StringBuilder done = new StringBuilder();
        for (ReviewOutcome o : outcomes) {
            done.append(o.spuCode()).append(": ").append(o.from().label()).append(" → ").append(o.to().label()).append(' ')
                    .append(o.message()).append(' ');
        }
        String message = url(done.toString().strip());
        x.redirect(next.isEmpty() ? "/review?done=" + message : "/review/product?p=" + url(next) + "&done=" + message);
    }

    private static void requirePost(Exchange x) throws Router.NotFound {
        if (!x.post()) {
            throw new Router.NotFound("这个地址只接受表单提交 This address takes a form's POST only");
        }
    }

    /** The product after this one in the user's queue, or "" at its end. */
    private String next(Subject me, String self) throws ReviewException {
        return web.review.next(me, self).map(i -> i.merchant() + "/" + i.spuCode()).orElse("");
    }

    private void images(StringBuilder b, List<Finding> all, String self, Product p) {
        b.append("<h2>").append(label("主图", "Main images")).append(" <small>").append(label("处理后 实际尺寸 · 原图在旁",
                "processed, at real size · original beside")).append("</small></h2>");
        images(b, all, self, p.mainImages(), "main", "mainImages");
        b.append("<h2>").append(label("详情图", "Detail images")).append("</h2>");
        images(b, all, self, p.detailImages(), "detail", "detailImages");

    }

    private void fields(StringBuilder b, List<Finding> all, Product p) {
        b.append("<h2>").append(label("字段", "Fields")).append("</h2><table class=fields>");
        for (Map.Entry<String, String> field : FIELDS.entrySet()) {
            b.append("<tr id='field-").append(field.getKey()).append("'><th>").append(field.getValue()).append("<td>")
                    .append(esc(value(p, field.getKey())));
            if (field.getKey().equals("video")) {
                b.append(VideoFacts.html(p.video(), web.inspector, web.mediaRoots));
            }
            b.append("<td>");
            findings(b, all, f -> group(f.field()).equals(field.getKey()));
            b.append("</tr>");
        }
        b.append("</table>");

        b.append("<h2>SKU</h2><table class=list id=skus><tr><th>SKU<th>").append(label("规格", "Specs")).append("<th>")
                .append(label("销售价", "Sale price")).append("<th>").append(label("促销价", "Promo price")).append("<th>")
                .append(label("库存", "Stock")).append("<th>").append(label("条形码", "Barcode")).append("<th>")
                .append(label("问题", "Findings")).append("</tr>");
        for (Sku s : p.skus()) {
            b.append("<tr><td>").append(esc(s.skuCode())).append("<td>").append(esc(String.join(" ", s.specs().values())))
                    .append("<td>").append(esc(s.salePrice() == null ? "" : s.salePrice().toPlainString())).append("<td>")
                    .append(esc(s.promoPrice() == null ? "" : s.promoPrice().toPlainString())).append("<td>")
                    .append(esc(s.stock())).append("<td>").append(esc(s.barcode())).append("<td>");
            findings(b, all, f -> group(f.field()).equals("skus") && f.skuCode().equals(s.skuCode()));
            b.append("</tr>");
        }
        b.append("</table>");
    }

    /** Approve and reject for a user the command table lets do them; the service checks again anyway. */
    private void actions(StringBuilder b, WebSession session, ReviewDetail d, String self, String next) {
        b.append("<div class=actions>");
        if (d.item().state().waiting() && web.access.allows(session.subject, "review:approve")) {
            b.append("<form method=post action='/review/approve' id=approve-form>").append(Html.csrfField(session))
                    .append("<input type=hidden name=p value='").append(esc(self)).append("'><input type=hidden name=next value='")
                    .append(esc(next)).append("'><input name=comment placeholder='意见 comment (可选 optional)'>")
                    .append("<button id=approve class=ok>").append(label("通过", "Approve")).append(" <kbd>a</kbd></button></form>");
        }
        if (d.item().state().waiting() && web.access.allows(session.subject, "review:reject")) {
            b.append("<form method=post action='/review/reject' id=reject-form>").append(Html.csrfField(session))
                    .append("<input type=hidden name=p value='").append(esc(self)).append("'><input type=hidden name=next value='")
                    .append(esc(next)).append("'><input name=reason id=reason required placeholder='驳回原因 reason'>")
                    .append("<button id=reject class=no>").append(label("驳回", "Reject")).append(" <kbd>r</kbd></button></form>");
        }
        if (!next.isEmpty()) {
            b.append("<a id=next href='/review/product?p=").append(esc(url(next))).append("'>").append(label("下一个", "Next"))
                    .append(" <kbd>j</kbd></a>");
        }
        b.append("</div>");
    }

    private void images(StringBuilder b, List<Finding> all, String self, List<String> sources, String role, String list) {
        findings(b, all, f -> f.field().equals(list));
        b.append("<div class=images>");
        for (int i = 0; i < sources.size(); i++) {
            String field = list + "[" + i + "]";
            String q = "/media?p=" + url(self) + "&role=" + role + "&i=" + i;
            b.append("<figure class=image id='").append(esc(field)).append("'><div class=pair><div><img class=processed src='")
                    .append(esc(q)).append("&kind=processed' alt='").append(esc(field)).append("'><figcaption>")
                    .append(label("处理后", "processed")).append(" <span class=size></span></figcaption></div><div><img class=original src='")
                    .append(esc(q)).append("&kind=original' alt='").append(esc(sources.get(i))).append("'><figcaption>")
                    .append(label("原图", "original")).append(" ").append(esc(fileName(sources.get(i))))
                    .append(" <span class=size></span></figcaption></div></div>");
            findings(b, all, f -> f.field().equals(field));
            b.append("</figure>");
        }
        if (sources.isEmpty()) {
            b.append("<p>").append(label("无", "none")).append("</p>");
        }
        b.append("</div>");
    }

    private static void findings(StringBuilder b, List<Finding> all, java.util.function.Predicate<Finding> which) {
        for (Finding f : all) {
            if (which.test(f)) {
                b.append("<p class='finding ").append(f.severity().name().toLowerCase()).append("'><code>").append(esc(f.code()))
                        .append("</code> ").append(esc(f.message()))
                        .append(f.field().isEmpty() ? "" : " <small>(" + esc(f.field()) + ")</small>").append("</p>");
            }
        }
    }

    /** "skus.salePrice" → "skus", "mainImages[0]" → "mainImages". */
    static String group(String field) {
        int end = field.length();
        for (int i = 0; i < field.length(); i++) {
            if (field.charAt(i) == '.' || field.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        return field.substring(0, end);
    }

    private static String value(Product p, String field) {
        return switch (field) {
            case "spuCode" -> p.spuCode();
            case "title" -> p.title();
            case "subtitle" -> p.subtitle();
            case "categoryPath" -> p.categoryPath();
            case "brand" -> p.brand();
            case "attributes" -> p.attributes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(java.util.stream.Collectors.joining("  "));
            case "tags" -> String.join(" ", p.tags());
            case "video" -> p.video();
            case "description" -> p.description().replaceAll("<[^>]*>", " ").strip();
            case "shippingTemplate" -> p.shippingTemplate();
            case "returnPolicy" -> p.returnPolicy();
            case "dispatchHours" -> p.dispatchHours() == null ? "" : p.dispatchHours().toString();
            default -> "";
        };
    }

    private static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash < 0 ? source : source.substring(slash + 1);
    }
}
