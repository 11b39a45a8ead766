package shelf.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One session over the socket: sends the hello (and keystrokes), copies output, returns the server's status. */
final class SessionClient {

    private static final byte CTRL_D = 0x04;

    private final FrameChannel frames;
    private final UserConsole console;

    SessionClient(SocketChannel channel, UserConsole console) {
        this.frames = new FrameChannel(channel);
        this.console = console;
    }

    /** commands and shutdown sessions: nothing to send after the hello. */
    int run(Hello hello) {
        try (frames) {
            frames.send('H', hello.toJson());
            return copyOutputUntilExit();
        } catch (IOException e) {
            throw lostConnection(e);
        }
    }

    int runInteractive(LocalTerminal terminal, boolean verbose) {
        try (frames) {
            frames.send('H', Hello.interactive(terminal, verbose).toJson());
            terminal.onResize(() -> send('W', (terminal.cols() + " " + terminal.rows()).getBytes(StandardCharsets.UTF_8)));
            Thread keys = new Thread(() -> forwardInput(terminal), "shelf-keys");
            keys.setDaemon(true);
            keys.start();
            return copyOutputUntilExit();
        } catch (IOException e) {
            throw lostConnection(e);
        }
    }

    private int copyOutputUntilExit() throws IOException {
        while (true) {
            FrameChannel.Frame frame = frames.receive();
            switch (frame.type()) {
                case 'O' -> console.out().write(frame.payload());
                case 'E' -> console.err().write(frame.payload());
                case 'X' -> {
                    console.out().flush();
                    return frame.asInt();
                }
                default -> {
                    // a frame type of a later protocol version: skip it
                }
            }
        }
    }

    private void forwardInput(LocalTerminal terminal) {
        byte[] buffer = new byte[4096];
        try {
            InputStream in = terminal.input();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (read > 0) {
                    frames.send('I', Arrays.copyOf(buffer, read));
                }
            }
            // stdin was a pipe and has ended: end the session as Ctrl-D would
            frames.send('I', new byte[] {CTRL_D});
        } catch (IOException e) {
            // the connection closed; the output side reports it
        }
    }

    private void send(char type, byte[] payload) {
        try {
            frames.send(type, payload);
        } catch (IOException e) {
            // the connection closed; the output side reports it
        }
    }

    private static LaunchException lostConnection(IOException e) {
        return new LaunchException("lost connection to Shelf", e);
    }
}
