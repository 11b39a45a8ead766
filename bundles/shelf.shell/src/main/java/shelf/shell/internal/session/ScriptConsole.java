package shelf.shell.internal.session;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Job;

import shelf.api.security.Subject;
import shelf.api.shell.Consoles;
import shelf.shell.internal.console.ScriptRunner;
import shelf.shell.internal.console.StatementRunner;
import shelf.shell.internal.security.SessionSubjects;

/** Statements without a terminal ({@code shelf -c}, a script file), one after the other, for a logged-in user. */
final class ScriptConsole implements Consoles.Console {
    private final SessionEnvironment environment;
    private final Subject subject;
    private final String statements;
    private final String scriptFile;
    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDirectory;
    private final boolean verbose;
    private final boolean tty;
    private final char[] newPassword;
    private volatile CommandSession session;
    private volatile boolean hungUp;

    ScriptConsole(SessionEnvironment environment, Subject subject, String statements, String scriptFile,
            PrintStream out, PrintStream err, Path workingDirectory, boolean verbose, boolean tty, char[] newPassword) {
        this.environment = environment;
        this.subject = subject;
        this.statements = statements;
        this.scriptFile = scriptFile;
        this.out = out;
        this.err = err;
        this.workingDirectory = workingDirectory;
        this.verbose = verbose;
        this.tty = tty;
        this.newPassword = newPassword;
    }

    @Override
    public int run() {
        CommandSession current = environment.processor().createSession(InputStream.nullInputStream(), out, err);
        session = current;
        try {
            if (hungUp) { // the client went away before anything ran
                return 1;
            }
            environment.subjects().loggedIn(current, new SessionSubjects.Login(subject, newPassword, null));
            LoggedInConsole.prepare(current, workingDirectory, false);
            StatementRunner runner = new StatementRunner(current, subject,
                    command -> environment.processor().mayRun(current, command), out, err, verbose, tty,
                    environment.plugins());
            return ScriptRunner.run(runner, statements, scriptFile);
        } finally {
            environment.subjects().closed(current);
            current.close();
        }
    }

    @Override
    public void resize(int columns, int rows) {
        // no terminal
    }

    /** Nobody reads the keyboard here, but a client that goes away must stop the running command. */
    @Override
    public void hangUp() {
        hungUp = true;
        CommandSession current = session;
        Job job = current == null ? null : current.foregroundJob();
        if (job != null) {
            job.interrupt();
        }
    }
}
