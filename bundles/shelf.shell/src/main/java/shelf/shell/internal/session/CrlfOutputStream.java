package shelf.shell.internal.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Ends lines with CR LF, as a terminal in raw mode needs (the client puts its terminal in raw mode and the
 * server does the line discipline). Each write stays one write, so command output is not sent byte by byte.
 */
final class CrlfOutputStream extends OutputStream {
    private final OutputStream out;
    private int last = -1;

    CrlfOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        ByteArrayOutputStream converted = new ByteArrayOutputStream(length + 16);
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n' && last != '\r') {
                converted.write('\r');
            }
            converted.write(bytes[i]);
            last = bytes[i];
        }
        converted.writeTo(out);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
