package shelf.shell.internal.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.shell.internal.console.StatementRunner;
import shelf.shell.internal.security.GuardedProcessor;
import shelf.shell.internal.security.SessionSubjects;
import shelf.shell.internal.session.FakeAccess;

/** help lists only the commands the user may run, and says which role another one needs. */
class HelpForRolesTest {
    private static final Subject LILY = new Subject("lily", Set.of(Role.EDITOR), DataScope.ALL);
    private static final Subject ADMIN = new Subject("admin", Set.of(Role.ADMIN), DataScope.ALL);

    public static class Commands {
        @Descriptor("lists the products")
        public void list() {
        }

        @Descriptor("adds a user")
        public void add(@Descriptor("the user's name") String name) {
        }
    }

    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private final FakeAccess access = new FakeAccess();
    private final SessionSubjects subjects = new SessionSubjects();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private GuardedProcessor processor;

    @BeforeEach
    void start() {
        threadIO.start();
        processor = new GuardedProcessor(threadIO, access, subjects);
        HelpCommand help = new HelpCommand();
        help.access = access;
        help.currentUser = subjects;
        processor.addCommand("shell", help, "help");
        processor.addCommand("product", new Commands(), "list");
        processor.addCommand("user", new Commands(), "add");
        access.table.put("shell:help", Set.of(Role.EDITOR));
        access.table.put("product:list", Set.of(Role.EDITOR));
    }

    @AfterEach
    void stop() {
        processor.stop();
        threadIO.stop();
    }

    private String run(Subject subject, String statement) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandSession session = processor.createSession(InputStream.nullInputStream(), print, print);
        session.put("SCOPE", "shell:*");
        subjects.loggedIn(session, new SessionSubjects.Login(subject, null, null));
        new StatementRunner(session, subject, name -> processor.mayRun(session, name), print,
                new PrintStream(err, true, StandardCharsets.UTF_8), false, false).run(statement, "");
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anEditorSeesOnlyTheirCommands() {
        assertEquals("", run(LILY, "help"));
        String listed = out.toString(StandardCharsets.UTF_8);
        assertTrue(listed.contains("product:list") && listed.contains("lists the products"), listed);
        assertFalse(listed.contains("user:add") || listed.contains("adds a user"), listed);
        assertTrue(listed.endsWith("(1 more need another role)\n"), listed);
    }

    @Test
    void helpOnAnotherRolesCommandSaysWhichRoleItNeeds() {
        assertEquals("error: user:add needs the role admin — lily has editor\n", run(LILY, "help user:add"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals("", run(ADMIN, "help USER:ADD"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("user:add — adds a user"), out.toString());
    }
}
