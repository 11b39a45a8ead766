package shelf.shell.socket.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

import shelf.api.security.Subject;
import shelf.api.shell.Consoles;

/** One client connection: reads the 'H' frame, runs the session it asks for, sends the exit status. */
final class SessionConnection implements Runnable {
    private static final System.Logger LOG = System.getLogger(SessionConnection.class.getName());
    static final int REFUSED = Consoles.REFUSED;
    private static final long SEND_MILLIS = 2000;

    private final SocketChannel channel;
    private final SocketDoor door;
    private final FrameReader reader;
    private final FrameWriter writer;

    SessionConnection(SocketChannel channel, SocketDoor door, String name) {
        this.channel = channel;
        this.door = door;
        this.reader = new FrameReader(SocketStreams.input(channel));
        this.writer = new FrameWriter(SocketStreams.output(channel), name + "-output");
    }

    @Override
    public void run() {
        try {
            serve();
        } catch (IOException | UncheckedIOException e) { // the console's terminal, too: the client went away
            LOG.log(Level.DEBUG, "session connection failed: {0}", e.toString());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "session failed", e);
            writer.exit(1);
        } finally {
            writer.finish(SEND_MILLIS);
            close();
        }
    }

    private void serve() throws IOException {
        Frame hello = reader.read();
        if (hello == null) {
            return;
        }
        if (hello.type() != Frame.HELLO) {
            refuse("the first frame must be 'H', not " + hello);
            return;
        }
        SessionRequest request;
        try {
            request = SessionRequest.parse(hello.text());
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
            return;
        }
        int status = switch (request.mode()) {
            case SessionRequest.SHUTDOWN -> 0;
            case SessionRequest.COMMANDS -> runCommands(request);
            default -> runInteractive(request);
        };
        writer.exit(status);
        if (request.mode().equals(SessionRequest.SHUTDOWN)) {
            LOG.log(Level.INFO, "stopping the runtime, as a shutdown session asked");
            writer.finish(SEND_MILLIS);
            door.stopFramework().run();
        }
    }

    /** Ends the session from outside (the runtime is stopping): tells the client, then hangs up. */
    void terminate() {
        try {
            byte[] notice = "\r\nshelf: the runtime is stopping\r\n".getBytes(StandardCharsets.UTF_8);
            writer.write(Frame.STDERR, notice, 0, notice.length);
        } catch (IOException alreadyGone) {
            // nothing to tell
        }
        writer.exit(1);
        writer.finish(SEND_MILLIS);
        close();
    }

    private void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing a session: {0}", e.toString());
        }
    }

    private void refuse(String reason) throws IOException {
        byte[] line = ("error: " + reason + "\n").getBytes(StandardCharsets.UTF_8);
        writer.write(Frame.STDERR, line, 0, line.length);
        writer.exit(REFUSED);
    }

    private int runCommands(SessionRequest request) {
        StdinFrameStream keyboard = new StdinFrameStream(reader);
        PrintStream out = new PrintStream(new FrameOutputStream(writer, Frame.STDOUT), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FrameOutputStream(writer, Frame.STDERR), true, StandardCharsets.UTF_8);
        Subject subject;
        try {
            subject = new SessionLogin(door.users().get(), PeerCredentials.origin(channel)).login(request, null, null);
        } catch (Consoles.Refused e) {
            err.println("error: " + e.getMessage());
            return REFUSED;
        }
        Consoles.Console console = door.consoles().script(subject, request.commands(),
                request.fromScriptFile() ? request.source() : null, out, err, request.workingDirectory(),
                request.verbose(), request.tty(), secret(request.newPassword()));
        // Nobody reads the keyboard here, but a client that goes away must stop the running command.
        keyboard.onDisconnect(console::hangUp);
        Thread watcher = new Thread(keyboard::drainUntilDisconnect, Thread.currentThread().getName() + "-input");
        watcher.setDaemon(true);
        watcher.start();
        return console.run();
    }

    private int runInteractive(SessionRequest request) {
        StdinFrameStream keyboard = new StdinFrameStream(reader);
        SessionLogin login = new SessionLogin(door.users().get(), PeerCredentials.origin(channel));
        Consoles.Login loggingIn = request.user().isEmpty() ? (prompt, out) -> login.login(request, prompt, out)
                : new EarlyLogin(login, request, Thread.currentThread().getName() + "-login");
        Consoles.Console console = door.consoles().open(loggingIn, keyboard,
                new FrameOutputStream(writer, Frame.STDOUT), request.tty() ? request.term() : null, request.cols(),
                request.rows(), request.workingDirectory(), request.verbose(), secret(request.newPassword()),
                PeerCredentials.origin(channel));
        keyboard.onWindowChange(console::resize);
        keyboard.onDisconnect(console::hangUp);
        return console.run();
    }

    private static char[] secret(String text) {
        return text == null || text.isEmpty() ? null : text.toCharArray();
    }
}
