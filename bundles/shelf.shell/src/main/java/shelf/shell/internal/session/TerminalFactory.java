package shelf.shell.internal.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** A JLine terminal over the connection: the client's keystrokes in, 'O' frames out. */
final class TerminalFactory {
    private TerminalFactory() {
    }

    static Terminal create(InputStream keyboard, OutputStream screen, SessionRequest request) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JLine finds its terminal providers through the context class loader; in OSGi that must be JLine's.
        thread.setContextClassLoader(TerminalBuilder.class.getClassLoader());
        try {
            return TerminalBuilder.builder()
                    .system(false)
                    .name("shelf")
                    // the exec provider makes a plain stream terminal and loads no native library
                    .provider(TerminalBuilder.PROP_PROVIDER_EXEC)
                    .streams(keyboard, screen)
                    .type(request.tty() ? request.term() : Terminal.TYPE_DUMB)
                    .size(new Size(request.cols(), request.rows()))
                    .encoding(StandardCharsets.UTF_8)
                    .build();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
