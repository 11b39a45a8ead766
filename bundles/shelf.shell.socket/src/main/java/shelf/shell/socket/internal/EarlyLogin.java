package shelf.shell.socket.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import shelf.api.security.Subject;
import shelf.api.shell.Consoles;

/**
 * The login of an interactive session whose client sent SHELF_USER and SHELF_PASSWORD, begun on a thread of its
 * own as the connection arrives: checking a password (600,000 rounds of PBKDF2) then runs while the console sets
 * up its terminal and line editor, instead of after them, and the prompt comes that much sooner. Nothing is
 * asked on the terminal in this case, so nothing needs it; what the login has to say (a first admin created) is
 * shown on the console's screen once it is there.
 */
final class EarlyLogin implements Consoles.Login {
    private final CompletableFuture<Subject> subject = new CompletableFuture<>();
    private final ByteArrayOutputStream said = new ByteArrayOutputStream();

    EarlyLogin(SessionLogin login, SessionRequest request, String threadName) {
        Thread thread = new Thread(() -> run(login, request), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(SessionLogin login, SessionRequest request) {
        try (PrintStream out = new PrintStream(said, true, StandardCharsets.UTF_8)) {
            subject.complete(login.login(request, null, out));
        } catch (Consoles.Refused | RuntimeException | Error e) { // the console waits for one outcome or the other
            subject.completeExceptionally(e);
        }
    }

    @Override
    public boolean asksOnTerminal() {
        return false;
    }

    @Override
    public Subject logIn(Consoles.Prompt prompt, PrintStream out) throws Consoles.Refused {
        try {
            Subject user = subject.join();
            out.print(said.toString(StandardCharsets.UTF_8));
            return user;
        } catch (CompletionException e) {
            if (e.getCause() instanceof Consoles.Refused refused) {
                throw refused;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        }
    }
}
