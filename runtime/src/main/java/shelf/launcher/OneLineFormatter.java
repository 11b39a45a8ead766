package shelf.launcher;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/** "2026-11-25 08:30:01.123 WARNING shelf.core: message" — one line per record, a stack trace below it. */
final class OneLineFormatter extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(128)
                .append(TIME.format(LocalDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault())))
                .append(' ').append(record.getLevel().getName())
                .append(' ').append(record.getLoggerName())
                .append(": ").append(formatMessage(record).replace('\n', ' '))
                .append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }
}
