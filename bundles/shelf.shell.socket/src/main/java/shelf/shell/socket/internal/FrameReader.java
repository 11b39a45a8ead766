package shelf.shell.socket.internal;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Reads frames: 1 byte type, 4-byte big-endian length, then the payload. */
final class FrameReader {
    /** A client has no reason to send more at once; a larger length means the stream is not ours. */
    static final int MAX_PAYLOAD = 16 * 1024 * 1024;

    private final DataInputStream in;

    FrameReader(InputStream in) {
        this.in = new DataInputStream(in);
    }

    /** The next frame, or {@code null} when the peer closed the connection between two frames. */
    Frame read() throws IOException {
        int type = in.read();
        if (type < 0) {
            return null;
        }
        int length = in.readInt();
        if (length < 0 || length > MAX_PAYLOAD) {
            throw new IOException("frame '" + (char) type + "' announces " + length + " bytes, more than a client sends");
        }
        byte[] payload = new byte[length];
        try {
            in.readFully(payload);
        } catch (EOFException e) {
            throw new EOFException("connection closed in the middle of a '" + (char) type + "' frame");
        }
        return new Frame((byte) type, payload);
    }
}
