package shelf.launcher;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Frames of the session protocol over the socket: 1 byte type, 4-byte big-endian length, payload.
 * Reads and writes go straight to the channel because Channels.newInputStream/newOutputStream
 * share one lock and would block each other when one thread reads while another writes.
 */
final class FrameChannel implements AutoCloseable {

    record Frame(byte type, byte[] payload) {

        int asInt() {
            return ByteBuffer.wrap(payload).getInt();
        }
    }

    private final SocketChannel channel;
    private final ByteBuffer header = ByteBuffer.allocate(5);

    FrameChannel(SocketChannel channel) {
        this.channel = channel;
    }

    synchronized void send(char type, byte[] payload) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(5 + payload.length);
        frame.put((byte) type).putInt(payload.length).put(payload).flip();
        while (frame.hasRemaining()) {
            channel.write(frame);
        }
    }

    /** The next frame from the server; EOFException when the connection ends between or inside frames. */
    Frame receive() throws IOException {
        header.clear();
        readFully(header);
        byte type = header.get(0);
        int length = header.getInt(1);
        if (length < 0) {
            throw new IOException("frame of negative length " + length);
        }
        ByteBuffer payload = ByteBuffer.allocate(length);
        readFully(payload);
        return new Frame(type, payload.array());
    }

    private void readFully(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("connection closed");
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
