package shelf.launcher;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns what the runtime prints on System.out/err into log records, one per line. */
final class LineLoggingStream extends OutputStream {

    private final Logger logger;
    private final Level level;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    LineLoggingStream(Logger logger, Level level) {
        this.logger = logger;
        this.level = level;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            flushLine();
        } else if (b != '\r') {
            line.write(b);
        }
    }

    @Override
    public synchronized void flush() {
        // A line is logged when it ends; flushing half a line would split it in two records.
    }

    @Override
    public synchronized void close() {
        flushLine();
    }

    private void flushLine() {
        if (line.size() > 0) {
            logger.log(level, line.toString(StandardCharsets.UTF_8));
            line.reset();
        }
    }
}
