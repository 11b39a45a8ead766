package shelf.publish.command.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/** The --at of publish: "10:00" (the next 10:00 in the runtime's time zone) or "2026-11-26T10:00". */
public final class PublishTime {
    /** How publish and schedule:list write a time. */
    public static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

    private PublishTime() {}

    public static Instant parse(String text, Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        try {
            if (text.contains("T")) {
                ZonedDateTime at = LocalDateTime.parse(text).atZone(clock.getZone());
                if (!at.isAfter(now)) {
                    throw new IllegalArgumentException("--at " + text + " is in the past — give a time to come");
                }
                return at.toInstant();
            }
            ZonedDateTime today = now.with(LocalTime.parse(text)).withNano(0);
            return (today.isAfter(now) ? today : today.plusDays(1)).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--at " + text + ": write a time of day as HH:MM (10:00) or a date and "
                    + "time as 2026-11-26T10:00");
        }
    }
}
