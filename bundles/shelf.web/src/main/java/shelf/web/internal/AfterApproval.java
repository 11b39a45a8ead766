package shelf.web.internal;

import static shelf.web.internal.Html.esc;
import static shelf.web.internal.Html.label;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import shelf.api.catalog.BatchProducts;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.publish.ChannelPlace;
import shelf.api.publish.JobState;
import shelf.api.publish.PublishException;
import shelf.api.publish.PublishService;
import shelf.api.schedule.PublishSchedule;
import shelf.api.schedule.ScheduledPublish;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;

/**
 * Where the board's approved cards stand in publishing: scheduled (when), queued, being sent, live on which
 * channels, failed where and the platform's reason. Read for all the cards of a page at once — one query of
 * the publishing service and the caller's pending schedules — never a query per card.
 */
final class AfterApproval {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    /** How long a batch's product names are kept: a batch's products are fixed once imported. */
    private static final long KEEP_MILLIS = 60_000;

    private final Map<Long, Kept> batches = new ConcurrentHashMap<>();

    private record Kept(BatchProducts products, long at) {}

    /** Each product's lines ("MERCHANT/SPU" → HTML of a list), for the products given, as the caller may see them. */
    Map<String, String> of(Subject me, Collection<String> products, PublishService publish, PublishSchedule schedule,
            CommandAccess access, CatalogStore catalog) {
        Map<String, String> html = new HashMap<>();
        if (products.isEmpty() || publish == null) {
            return html;
        }
        List<ChannelPlace> places;
        try {
            places = publish.places(me, products);
        } catch (AccessRefusedException notAllowed) { // a user who may see neither jobs nor board: the cards without it
            return html;
        } catch (PublishException unreadable) { // the board still shows; each card says why its lines are missing
            for (String product : products) {
                html.put(product, "<ul class=places><li class=failed>" + esc(unreadable.getMessage()) + "</li></ul>");
            }
            return html;
        }
        List<ScheduledPublish> pending = List.of();
        if (schedule != null && access.allows(me, "schedule:list")) {
            try {
                pending = schedule.list(me, false);
            } catch (AccessRefusedException | PublishException unreadable) {
                pending = List.of(); // the cards without their schedules rather than no board
            }
        }
        for (String product : products) {
            List<ChannelPlace> mine = places.stream().filter(p -> p.product().equals(product)).toList();
            List<ScheduledPublish> due = new ArrayList<>();
            for (ScheduledPublish s : pending) {
                if (s.state() == ScheduledPublish.State.PENDING && covers(s, product, catalog)) {
                    due.add(s);
                }
            }
            html.put(product, lines(mine, due));
        }
        return html;
    }

    /** Whether the schedule publishes the product: it names its SPU code, or its batch holds it. */
    private boolean covers(ScheduledPublish s, String product, CatalogStore catalog) {
        int slash = product.indexOf('/');
        String merchant = product.substring(0, slash);
        String spu = product.substring(slash + 1);
        if (s.request().batchId() == null) {
            return s.request().spuCodes().contains(spu);
        }
        BatchProducts members = members(s.request().batchId(), catalog);
        return members != null && holds(members, merchant, spu);
    }

    /**
     * The batch's product names, kept a minute: the board asks every few seconds. Read without the caller's
     * subject: the schedule naming the batch is one the caller may list, and the names are only matched
     * against cards the review service already showed the caller.
     */
    private BatchProducts members(long batchId, CatalogStore catalog) {
        long now = System.currentTimeMillis();
        Kept kept = batches.get(batchId);
        if (kept == null || now - kept.at() > KEEP_MILLIS) {
            try {
                kept = new Kept(catalog.batchProducts(batchId), now);
            } catch (CatalogException gone) {
                return null;
            }
            batches.put(batchId, kept);
        }
        return kept.products();
    }

    /** Binary search: a batch's products are in merchant and SPU code order. */
    static boolean holds(BatchProducts members, String merchant, String spu) {
        int low = 0;
        int high = members.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = members.merchant(mid).compareTo(merchant);
            if (c == 0) {
                c = members.spuCode(mid).compareTo(spu);
            }
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return false;
    }

    /** One product's lines: its schedules, then each channel where it has a job or a listing. */
    static String lines(List<ChannelPlace> places, List<ScheduledPublish> scheduled) {
        StringBuilder b = new StringBuilder("<ul class=places>");
        for (ScheduledPublish s : scheduled) {
            b.append("<li class=scheduled>").append(label("已排期", "Scheduled")).append(' ').append(TIME.format(s.at()))
                    .append(s.request().channels().isEmpty() ? "" : " → " + esc(String.join(", ", s.request().channels())))
                    .append("</li>");
        }
        for (ChannelPlace p : places) {
            JobState job = p.job();
            if (job == JobState.FAILED) {
                b.append("<li class=failed>").append(label("失败", "Failed")).append(' ').append(esc(p.channel())).append(": ")
                        .append(esc((p.errorCode() + " " + p.error()).strip())).append(p.live() ? " (" + label("仍在售", "still live") + ")" : "");
            } else if (job == JobState.PENDING) {
                b.append("<li class=queued>").append(label("排队", "Queued")).append(' ').append(esc(p.channel()))
                        .append(p.error().isEmpty() ? "" : " — " + esc(p.error()));
            } else if (job == JobState.RUNNING) {
                b.append("<li class=queued>").append(label("发送中", "Sending")).append(' ').append(esc(p.channel()));
            } else if (p.live()) {
                b.append("<li class=live>").append(label("在售", "Live")).append(' ').append(esc(p.channel()));
            } else {
                continue; // a cancelled job and nothing live: nothing to tell
            }
            b.append("</li>");
        }
        if (b.length() == "<ul class=places>".length()) {
            b.append("<li class=none>").append(label("未发布", "Not published")).append("</li>");
        }
        return b.append("</ul>").toString();
    }
}
