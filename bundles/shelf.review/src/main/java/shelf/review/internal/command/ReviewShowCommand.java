package shelf.review.internal.command;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.review.ReviewDetail;
import shelf.api.review.ReviewEvent;
import shelf.api.review.ReviewException;
import shelf.api.review.ReviewService;
import shelf.api.review.ReviewState;
import shelf.api.finding.Finding;
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Table;

@Component(service = ReviewShowCommand.class)
@GogoCommand(scope = "review", function = "show")
public class ReviewShowCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Reference
    ReviewService review;

    @Reference
    CurrentUser currentUser;

    @Descriptor("what a reviewer must look at for a product in its stage, with its findings and review history")
    public void show(CommandSession session, @Descriptor("the SPU code, or MERCHANT/SPU") String product)
            throws ReviewException {
        ReviewDetail d = review.show(currentUser.of(session), product);
        Product p = d.product().product();
        StringBuilder out = new StringBuilder();
        out.append(p.spuCode()).append(" (").append(p.merchant()).append(") — ").append(d.item().state().label())
                .append(' ').append(d.item().state().id()).append('\n');
        boolean detailPage = d.item().state() == ReviewState.FINAL_REVIEW;
        out.append(detailPage ? "终审: the detail page\n" : "初审: basic information\n");
        if (detailPage) {
            out.append("  主图 ").append(p.mainImages().size()).append(": ").append(String.join(" ", p.mainImages())).append('\n');
            out.append("  详情图 ").append(p.detailImages().size()).append(": ").append(String.join(" ", p.detailImages())).append('\n');
            out.append("  视频 ").append(p.video().isEmpty() ? "-" : p.video()).append('\n');
            out.append("  描述 ").append(BoardView.shortened(p.description().replaceAll("<[^>]*>", " ").strip(), 120)).append('\n');
        } else {
            out.append("  标题 ").append(p.title()).append('\n');
            out.append("  类目 ").append(p.categoryPath()).append('\n');
            out.append("  品牌 ").append(p.brand().isEmpty() ? "-" : p.brand()).append('\n');
            Table skus = new Table("SKU", "Specs", "Sale price", "Stock");
            for (Sku s : p.skus()) {
                skus.row(s.skuCode(), String.join(" ", s.specs().values()),
                        s.salePrice() == null ? "" : s.salePrice().toPlainString(), s.stock() == null ? "" : s.stock());
            }
            out.append(skus);
        }
        if (d.findings().isEmpty()) {
            out.append("No findings\n");
        } else {
            Table findings = new Table("Severity", "Code", "Field", "Message");
            for (Finding f : d.findings()) {
                findings.row(f.severity().name().toLowerCase(), f.code(), f.field(), f.message());
            }
            out.append("Findings:\n").append(findings);
        }
        if (!d.events().isEmpty()) {
            out.append("History:\n");
            for (ReviewEvent e : d.events()) {
                out.append("  ").append(TIME.format(e.at().atZone(ZoneId.systemDefault()))).append(' ')
                        .append(e.from().id()).append(" → ").append(e.to().id()).append(" by ").append(e.by())
                        .append(e.note().isEmpty() ? "" : " — " + e.note()).append('\n');
            }
        }
        System.out.print(out);
    }
}
