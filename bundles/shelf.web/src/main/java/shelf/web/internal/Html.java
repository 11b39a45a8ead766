package shelf.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** Escaping and the frame every page shares: the menu (Chinese first, English beside) and the scripts. */
final class Html {
    private Html() {}

    static String esc(Object value) {
        String s = String.valueOf(value == null ? "" : value);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String url(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** "3d 4h", "12m", "40s": how long something has waited. */
    static String waited(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        if (d.toDays() > 0) {
            return d.toDays() + "d " + d.toHoursPart() + "h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + "h " + d.toMinutesPart() + "m";
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + "m";
        }
        return d.toSeconds() + "s";
    }

    /** A label in Chinese with its English beside, e.g. 审核队列 Review queue. */
    static String label(String zh, String en) {
        return esc(zh) + " <span class=en>" + esc(en) + "</span>";
    }

    /** A whole page: the menu for the session's user, the title, the body. */
    static String page(WebSession session, String title, String body) {
        StringBuilder out = new StringBuilder(body.length() + 2048);
        out.append("<!doctype html><html lang=zh-CN><head><meta charset=utf-8>")
                .append("<meta name=viewport content='width=device-width, initial-scale=1'>")
                .append("<title>").append(esc(title)).append(" · Shelf</title>")
                .append("<link rel=stylesheet href='/static/shelf.css'>")
                .append("<script src='/static/htmx.min.js'></script>")
                .append("<script src='/static/shelf.js' defer></script>");
        if (session != null) {
            // htmx sends it as a header with every request it makes; forms carry it as a field
            out.append("<meta name=csrf content='").append(esc(session.csrf)).append("'>");
        }
        out.append("</head><body>");
        if (session != null && session.loggedIn()) {
            out.append("<nav><b>Shelf</b>")
                    .append("<a href='/review'>").append(label("审核队列", "Review queue")).append("</a>")
                    .append("<a href='/board'>").append(label("看板", "Board")).append("</a>")
                    .append("<a href='/batches'>").append(label("批次", "Batches")).append("</a>")
                    .append(session.menuChannels ? "<a href='/channels'>" + label("渠道与任务", "Channels and jobs") + "</a>" : "")
                    .append(session.menuAudit ? "<a href='/audit'>" + label("审计", "Audit") + "</a>" : "")
                    .append("<span class=who>").append(esc(session.subject.name())).append(" (")
                    .append(esc(session.subject.roleNames())).append(")</span>")
                    .append("<form method=post action='/logout' class=inline>").append(csrfField(session))
                    .append("<button>").append(label("退出", "Log out")).append("</button></form></nav>");
        }
        out.append("<main>").append(body).append("</main></body></html>");
        return out.toString();
    }

    static String csrfField(WebSession session) {
        return "<input type=hidden name=csrf value='" + esc(session.csrf) + "'>";
    }
}
