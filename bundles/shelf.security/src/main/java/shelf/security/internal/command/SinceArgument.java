package shelf.security.internal.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** --since as operators write it: 2026-11-25, "2026-11-25 10:00", 10:00 (today), 30m, 2h, 3d, or an ISO instant. */
final class SinceArgument {
    private SinceArgument() {}

    static Instant parse(String text, Instant now, ZoneId zone) {
        String t = text.strip();
        try {
            if (t.matches("\\d+[smhd]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                Duration d = switch (t.charAt(t.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
                return now.minus(d);
            }
            if (t.matches("\\d{1,2}:\\d{2}")) {
                return LocalDate.ofInstant(now, zone).atTime(LocalTime.parse(t.length() == 4 ? "0" + t : t))
                        .atZone(zone).toInstant();
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t).atStartOfDay(zone).toInstant();
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2})?")) {
                return LocalDateTime.parse(t.replace(' ', 'T')).atZone(zone).toInstant();
            }
            return Instant.parse(t);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("--since '" + text + "' is not a time — write 2026-11-25, "
                    + "\"2026-11-25 10:00\", 10:00, 30m, 2h or 3d");
        }
    }
}
