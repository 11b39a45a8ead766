package shelf.shell.socket.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.Gson;

/**
 * A client as the launcher is one: connects to the socket, sends 'H', types, and collects what the user
 * would see on stdout and stderr and the exit status.
 */
final class SessionClient implements AutoCloseable {
    private final SocketChannel channel;
    private final DataOutputStream out;
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    private SessionClient(SocketChannel channel) {
        this.channel = channel;
        this.out = new DataOutputStream(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        });
        Thread reader = new Thread(this::readFrames, "test-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static SessionClient connect(Path socket, Map<String, Object> hello) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        SessionClient client = new SessionClient(channel);
        client.send('H', new Gson().toJson(hello));
        return client;
    }

    void send(char type, String payload) throws IOException {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        synchronized (out) {
            out.writeByte(type);
            out.writeInt(bytes.length);
            out.write(bytes);
            out.flush();
        }
    }

    void type(String keys) throws IOException {
        send('I', keys);
    }

    int awaitExit() throws Exception {
        return exit.get(20, TimeUnit.SECONDS);
    }

    /** Waits until the screen (stdout) shows what the predicate looks for, ANSI sequences removed. */
    String awaitScreen(Predicate<String> shows, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String screen = plainStdout();
            if (shows.test(screen)) {
                return screen;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the screen never showed " + what + ":\n" + plainStdout() + "\n" + threads());
    }

    private static String threads() {
        StringBuilder dump = new StringBuilder("threads:\n");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().contains("shelf") || thread.getName().contains("session")
                    || thread.getName().contains("pump") || thread.getName().contains("job")) {
                dump.append(thread.getName()).append('\n');
                for (StackTraceElement frame : stack) {
                    dump.append("    ").append(frame).append('\n');
                }
            }
        });
        return dump.toString();
    }

    synchronized String stdout() {
        return stdout.toString();
    }

    synchronized String stderr() {
        return stderr.toString();
    }

    String plainStdout() {
        return stdout().replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", "").replaceAll("\u001b[=>]", "").replace("\r", "");
    }

    private void readFrames() {
        try (DataInputStream in = new DataInputStream(java.nio.channels.Channels.newInputStream(channel))) {
            while (true) {
                byte type = in.readByte();
                byte[] payload = new byte[in.readInt()];
                in.readFully(payload);
                if (type == 'X') {
                    exit.complete(ByteBuffer.wrap(payload).getInt());
                    return;
                }
                String text = new String(payload, StandardCharsets.UTF_8);
                synchronized (this) {
                    (type == 'E' ? stderr : stdout).append(text);
                }
            }
        } catch (EOFException e) {
            exit.completeExceptionally(new AssertionError("the server hung up without an exit status"));
        } catch (IOException e) {
            exit.completeExceptionally(e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
