package shelf.shell.socket.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Sends frames to the client from a thread of its own. The threads that produce output (the line editor,
 * commands, progress bars) get interrupted by Ctrl-C, and an interrupt during a write closes a socket
 * channel for good; so they only queue whole frames here, and only the sender touches the socket. The
 * queue is bounded, so a command flooding a slow client waits. After {@link #exit} nothing more is sent.
 */
final class FrameWriter {
    private static final System.Logger LOG = System.getLogger(FrameWriter.class.getName());
    private static final byte[] STOP = new byte[0];

    private final BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>(1024);
    private final OutputStream out;
    private final Thread sender;
    private volatile boolean exited;
    private volatile IOException failure;

    FrameWriter(OutputStream out, String name) {
        this.out = out;
        this.sender = new Thread(this::send, name);
        sender.setDaemon(true);
        sender.start();
    }

    void write(byte type, byte[] bytes, int offset, int length) throws IOException {
        if (exited) {
            throw new IOException("session has ended");
        }
        if (failure != null) {
            throw new IOException("the client has gone", failure);
        }
        enqueue(encode(type, bytes, offset, length));
    }

    /** Queues the exit status, once; returns false when it was queued before. */
    synchronized boolean exit(int status) {
        if (exited) {
            return false;
        }
        exited = true;
        enqueue(encode(Frame.EXIT, ByteBuffer.allocate(4).putInt(status).array(), 0, 4));
        return true;
    }

    /**
     * Waits (at most {@code millis}) until the queued frames are sent, then stops the sender. Uninterruptible:
     * the session thread may still carry the interrupt of a Ctrl-C, and giving up early would close the
     * socket before the exit status is on its way.
     */
    void finish(long millis) {
        boolean interrupted = Thread.interrupted();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            boolean queued = false;
            while (!queued && System.nanoTime() < deadline) {
                try {
                    queued = frames.offer(STOP, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            while (queued && sender.isAlive() && System.nanoTime() < deadline) {
                try {
                    sender.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void send() {
        boolean sending = true;
        while (true) {
            byte[] frame;
            try {
                frame = frames.take();
            } catch (InterruptedException e) {
                return;
            }
            if (frame == STOP) {
                return;
            }
            if (!sending) {
                continue; // after the exit status or a failure: drain, so no producer waits forever
            }
            try {
                out.write(frame);
                out.flush();
                sending = frame[0] != Frame.EXIT;
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "client gone: {0}", e.toString());
                failure = e;
                sending = false;
            }
        }
    }

    // Uninterruptible: an interrupt meant for a command must not drop its output or close the session.
    private void enqueue(byte[] frame) {
        boolean interrupted = false;
        while (true) {
            try {
                frames.put(frame);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] encode(byte type, byte[] bytes, int offset, int length) {
        return ByteBuffer.allocate(5 + length).put(type).putInt(length).put(bytes, offset, length).array();
    }
}
