package shelf.shell.socket.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class FrameCodecTest {

    /** The bytes a client writes with DataOutputStream, as the contract describes. */
    private static byte[] clientFrames(Object... typeAndPayload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (int i = 0; i < typeAndPayload.length; i += 2) {
            byte[] payload = ((String) typeAndPayload[i + 1]).getBytes(StandardCharsets.UTF_8);
            out.writeByte((Character) typeAndPayload[i]);
            out.writeInt(payload.length);
            out.write(payload);
        }
        return bytes.toByteArray();
    }

    @Test
    void readsTheFramesAClientWrites() throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(
                clientFrames('H', "{\"protocol\":1}", 'I', "商品\r", 'W', "120 40")));
        assertEquals("{\"protocol\":1}", reader.read().text());
        Frame keys = reader.read();
        assertEquals(Frame.STDIN, keys.type());
        assertEquals("商品\r", keys.text());
        assertEquals("120 40", reader.read().text());
        assertNull(reader.read(), "a clean end between frames");
    }

    @Test
    void aConnectionCutInsideAFrameIsAnError() throws IOException {
        byte[] whole = clientFrames('I', "hello");
        FrameReader reader = new FrameReader(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - 2)));
        assertThrows(EOFException.class, reader::read);
    }

    @Test
    void anAbsurdLengthIsRefused() {
        byte[] junk = {'G', 'E', 'T', ' ', '/'};
        IOException e = assertThrows(IOException.class, () -> new FrameReader(new ByteArrayInputStream(junk)).read());
        assertTrue(e.getMessage().contains("more than a client sends"), e.getMessage());
    }

    @Test
    void writesOutputFramesAndTheExitStatusOnce() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        FrameWriter writer = new FrameWriter(wire, "test-output");
        new FrameOutputStream(writer, Frame.STDOUT).write("ok\n".getBytes(StandardCharsets.UTF_8));
        new FrameOutputStream(writer, Frame.STDERR).write("error: 商品表 not found\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(writer.exit(1));
        assertFalse(writer.exit(0), "only one exit status is ever sent");
        assertThrows(IOException.class, () -> writer.write(Frame.STDOUT, new byte[1], 0, 1));
        writer.finish(5000);

        FrameReader reader = new FrameReader(new ByteArrayInputStream(wire.toByteArray()));
        assertEquals("O:ok\n", describe(reader.read()));
        assertEquals("E:error: 商品表 not found\n", describe(reader.read()));
        Frame exit = reader.read();
        assertEquals(Frame.EXIT, exit.type());
        assertArrayEquals(new byte[] {0, 0, 0, 1}, exit.payload());
        assertNull(reader.read());
    }

    @Test
    void anInterruptedCommandStillGetsItsOutputOut() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        FrameWriter writer = new FrameWriter(wire, "test-output");
        Thread.currentThread().interrupt();
        try {
            new FrameOutputStream(writer, Frame.STDOUT).write("partial\n".getBytes(StandardCharsets.UTF_8));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the command to see");
        } finally {
            Thread.interrupted();
        }
        writer.exit(130);
        writer.finish(5000);
        FrameReader reader = new FrameReader(new ByteArrayInputStream(wire.toByteArray()));
        assertEquals("O:partial\n", describe(reader.read()));
        assertEquals(Frame.EXIT, reader.read().type());
    }

    @Test
    void theKeyboardStreamYieldsKeystrokesAndReportsResizesAndTheEnd() throws IOException {
        FrameReader frames = new FrameReader(new ByteArrayInputStream(
                clientFrames('I', "ab", 'W', "100 30", 'I', "c", 'W', "garbage")));
        StdinFrameStream keyboard = new StdinFrameStream(frames);
        List<String> sizes = new ArrayList<>();
        AtomicBoolean gone = new AtomicBoolean();
        keyboard.onWindowChange((cols, rows) -> sizes.add(cols + "x" + rows));
        keyboard.onDisconnect(() -> gone.set(true));

        assertEquals('a', keyboard.read());
        assertEquals('b', keyboard.read());
        assertEquals('c', keyboard.read());
        assertEquals(-1, keyboard.read());
        assertEquals(List.of("100x30"), sizes);
        assertTrue(gone.get());
    }

    private static String describe(Frame frame) {
        return (char) frame.type() + ":" + frame.text();
    }
}
