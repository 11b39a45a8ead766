package shelf.shell.socket.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The keyboard of a session: the bytes of the client's 'I' frames. 'W' frames met on the way are handed
 * to the window listener, so a resize is seen even while nothing is typed. When the client goes away the
 * stream ends and the disconnect listener runs once (it interrupts the running command).
 */
final class StdinFrameStream extends InputStream {
    private static final System.Logger LOG = System.getLogger(StdinFrameStream.class.getName());

    interface WindowListener {
        void resized(int cols, int rows);
    }

    private final FrameReader frames;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile WindowListener windowListener = (cols, rows) -> { };
    private volatile Runnable disconnectListener = () -> { };
    private byte[] pending = new byte[0];
    private int position;

    StdinFrameStream(FrameReader frames) {
        this.frames = frames;
    }

    void onWindowChange(WindowListener listener) {
        this.windowListener = listener;
    }

    void onDisconnect(Runnable listener) {
        this.disconnectListener = listener;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position >= pending.length) {
            if (!nextStdinFrame()) {
                return -1;
            }
        }
        int n = Math.min(length, pending.length - position);
        System.arraycopy(pending, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return pending.length - position;
    }

    /** Reads frames until one carries keystrokes; false when the client has gone. */
    private boolean nextStdinFrame() throws IOException {
        if (ended.get()) {
            return false;
        }
        Frame frame;
        try {
            frame = frames.read();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "session connection ended: {0}", e.toString());
            frame = null;
        }
        if (frame == null) {
            end();
            return false;
        }
        if (frame.type() == Frame.STDIN) {
            pending = frame.payload();
            position = 0;
        } else if (frame.type() == Frame.WINDOW) {
            resize(frame.text());
        } else {
            LOG.log(Level.DEBUG, "ignoring frame {0} from the client", frame);
        }
        return true;
    }

    private void resize(String colsRows) {
        String[] parts = colsRows.trim().split("\\s+");
        try {
            windowListener.resized(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "ignoring window size ''{0}''", colsRows);
        }
    }

    private void end() {
        if (ended.compareAndSet(false, true)) {
            disconnectListener.run();
        }
    }

    /** Reads and drops keystrokes until the client goes; for sessions that never read the keyboard. */
    void drainUntilDisconnect() {
        byte[] sink = new byte[4096];
        try {
            while (read(sink, 0, sink.length) >= 0) {
                // commands mode does not forward the keyboard
            }
        } catch (IOException e) {
            end();
        }
    }
}
