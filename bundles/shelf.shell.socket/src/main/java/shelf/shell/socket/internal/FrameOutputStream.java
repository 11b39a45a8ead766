package shelf.shell.socket.internal;

import java.io.OutputStream;
import java.io.IOException;

/** An output stream whose every write becomes one frame of the given type ('O' or 'E'). */
final class FrameOutputStream extends OutputStream {
    private final FrameWriter writer;
    private final byte type;

    FrameOutputStream(FrameWriter writer, byte type) {
        this.writer = writer;
        this.type = type;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length > 0) {
            writer.write(type, bytes, offset, length);
        }
    }
}
