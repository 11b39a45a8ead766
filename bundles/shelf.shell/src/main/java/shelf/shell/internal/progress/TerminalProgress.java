package shelf.shell.internal.progress;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

import shelf.api.shell.Progress;

/**
 * A bar drawn on one line of a session's terminal. Any thread may advance it; it is redrawn at most ten
 * times a second, so a command can call {@link #advance} for every row it imports.
 */
final class TerminalProgress implements Progress {
    static final long REDRAW_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Terminal terminal;
    private final String task;
    private final long total;
    private final boolean bytes;
    private final LongSupplier nanoClock;
    private long done;
    private long lastDrawn;
    private boolean closed;

    TerminalProgress(Terminal terminal, String task, long total, LongSupplier nanoClock) {
        this(terminal, task, total, false, nanoClock);
    }

    /** @param bytes whether the units are bytes, shown as sizes */
    TerminalProgress(Terminal terminal, String task, long total, boolean bytes, LongSupplier nanoClock) {
        this.terminal = terminal;
        this.task = task;
        this.total = total;
        this.bytes = bytes;
        this.nanoClock = nanoClock;
        synchronized (this) {
            draw();
        }
    }

    @Override
    public synchronized void advance(long units) {
        if (closed) {
            return;
        }
        done += units;
        if (nanoClock.getAsLong() - lastDrawn >= REDRAW_INTERVAL_NANOS || (total >= 0 && done >= total)) {
            draw();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        PrintWriter writer = terminal.writer();
        writer.print('\r');
        terminal.puts(Capability.clr_eol);
        writer.flush();
    }

    private void draw() {
        lastDrawn = nanoClock.getAsLong();
        PrintWriter writer = terminal.writer();
        writer.print('\r');
        writer.print(ProgressBar.render(task, done, total, terminal.getWidth(), bytes));
        terminal.puts(Capability.clr_eol);
        writer.flush();
    }
}
