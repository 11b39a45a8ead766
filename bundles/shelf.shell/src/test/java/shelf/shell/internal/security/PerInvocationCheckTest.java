package shelf.shell.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Parameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.security.AccessRefusedException;
import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.shell.internal.console.StatementRunner;
import shelf.shell.internal.session.FakeAccess;

/**
 * The command ACL is checked each time a command runs, on a real Gogo processor with registered commands:
 * whatever case or scope the name is written in, and wherever the call sits (nested in $(…), a pipeline, a
 * closure). An editor's statements are plain commands, refused before anything runs when they are not.
 */
class PerInvocationCheckTest {
    private static final String PLAIN = " is not allowed: editor sessions run plain commands — quote it ('…') if it is text\n";

    /** Commands as Shelf writes them; each call is recorded, so a test sees what ran and with what. */
    public static class Commands {
        final List<String> ran = new ArrayList<>();

        public String greet(String shop) {
            ran.add("greet " + shop);
            return "你好, " + shop;
        }

        /** Prints each argument on a line of its own, between brackets: what the command received, exactly. */
        public void echo(String... words) {
            ran.add("echo");
            for (String word : words) {
                System.out.println("[" + word + "]");
            }
        }

        public String hello() {
            ran.add("hello");
            return "hello";
        }

        public String add(@Parameter(names = "--role", absentValue = "editor") String role, String name) {
            ran.add("add " + name + " " + role);
            return "added " + name + " as " + role;
        }
    }

    @TempDir
    Path folder;

    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private final FakeAccess access = new FakeAccess();
    private final SessionSubjects subjects = new SessionSubjects();
    private final Commands commands = new Commands();
    private GuardedProcessor processor;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static final Subject LILY = new Subject("lily", Set.of(Role.EDITOR), DataScope.ALL);
    private static final Subject ADMIN = new Subject("admin", Set.of(Role.ADMIN), DataScope.ALL);

    @BeforeEach
    void start() {
        threadIO.start();
        processor = new GuardedProcessor(threadIO, access, subjects);
        processor.addCommand("catalog", commands, "greet");
        processor.addCommand("catalog", commands, "echo");
        processor.addCommand("catalog", commands, "hello");
        processor.addCommand("user", commands, "add");
        access.table.put("catalog:greet", Set.of(Role.EDITOR));
        access.table.put("catalog:echo", Set.of(Role.EDITOR));
        access.table.put("catalog:hello", Set.of(Role.EDITOR));
    }

    @AfterEach
    void stop() {
        processor.stop();
        threadIO.stop();
    }

    private CommandSession sessionOf(Subject subject) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandSession session = processor.createSession(InputStream.nullInputStream(), print, print);
        session.put("SCOPE", "shell:*");
        session.currentDir(folder);
        subjects.loggedIn(session, new SessionSubjects.Login(subject, null, null));
        return session;
    }

    /** Runs the statement as the shell does; the error line, or "" when it succeeded. */
    private String run(Subject subject, String statement) {
        CommandSession session = sessionOf(subject);
        StatementRunner runner = new StatementRunner(session, subject, name -> processor.mayRun(session, name),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false, false);
        runner.run(statement, "");
        return err.toString(StandardCharsets.UTF_8);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCommandNameInAnyCaseBareOrScopedIsCheckedWhenItRuns() {
        for (String name : List.of("user:add", "USER:ADD", "User:Add", "add", "ADD", "*:add", "*:ADD")) {
            err.reset();
            assertEquals("error: user:add needs the role admin — lily has editor\n", run(LILY, name + " evil --role admin"),
                    name);
        }
        assertEquals(List.of(), commands.ran, "user:add never ran");
        for (String name : List.of("catalog:greet", "CATALOG:GREET", "greet", "Greet", "*:greet")) {
            err.reset();
            assertEquals("", run(LILY, name + " 微店"), name);
        }
        assertEquals(5, commands.ran.size(), commands.ran.toString());
    }

    @Test
    void anAdminRunsEveryCommandAndGogosScripting() {
        assertEquals("", run(ADMIN, "USER:ADD evil --role admin"));
        assertEquals("", run(ADMIN, "x = $(user:add kim); catalog:greet $x"));
        assertEquals("", run(ADMIN, "'text' length"), "a method call");
        assertEquals(List.of("add evil admin", "add kim editor", "greet added kim as editor"), commands.ran);
        assertTrue(output().contains("4\n"), output());
    }

    @Test
    void aCommandNestedInAnEditorsDollarParenthesesIsRefusedBeforeAnythingRuns() {
        assertEquals("error: '$('" + PLAIN, run(LILY, "catalog:greet $(user:add evil --role admin)"));
        err.reset();
        assertEquals("error: '$('" + PLAIN, run(LILY, "catalog:greet $(catalog:hello)"));
        assertEquals(List.of(), commands.ran, "nothing ran, not even what lily may run");
    }

    @Test
    void whereScriptTextRunsAnywayEachCommandInItIsStillChecked() {
        // As a command that runs script text (osgi:eval, gogo:source) would: Gogo's grammar, lily's session.
        CommandSession session = sessionOf(LILY);
        for (String script : List.of("catalog:greet $(USER:ADD evil)", "x = $(Add evil)", "catalog:hello | user:add evil",
                "(user:add evil)")) {
            Exception refused = assertThrows(Exception.class, () -> session.execute(script), script);
            assertEquals("user:add needs the role admin — lily has editor", rootCause(refused).getMessage(), script);
        }
        assertFalse(commands.ran.stream().anyMatch(r -> r.startsWith("add")), commands.ran.toString());
    }

    @Test
    void whereScriptTextRunsAnywayMethodCallsAndRedirectionAreAdmins() throws Exception {
        CommandSession session = sessionOf(LILY);
        Exception call = assertThrows(Exception.class, () -> session.execute("'text' getClass"));
        assertEquals("calling a method (getClass) needs the role admin — lily has editor", rootCause(call).getMessage());
        Exception chain = assertThrows(Exception.class,
                () -> session.execute("($(catalog:hello) getClass) forName java.lang.Runtime"));
        assertEquals("calling a method (getClass) needs the role admin — lily has editor", rootCause(chain).getMessage());
        Path audit = Files.writeString(folder.resolve("audit.log"), "line 1\n");
        Exception redirect = assertThrows(Exception.class, () -> session.execute("catalog:greet x > audit.log"));
        assertTrue(rootCause(redirect).getMessage().startsWith("redirecting to or from a file (audit.log) needs the role "
                + "admin — lily has editor"), rootCause(redirect).getMessage());
        assertEquals("line 1\n", Files.readString(audit), "the file is untouched");
    }

    @Test
    void quotedTextReachesTheCommandLiterally() {
        assertEquals("", run(LILY, "catalog:echo '$(user:add evil)' \"a > b | c\" 'it'\\''s' \\$HOME \"say \\\"hi\\\"\" "
                + "'${.context}' 颜色=红色,黑色"));
        assertEquals("[$(user:add evil)]\n[a > b | c]\n[it's]\n[$HOME]\n[say \"hi\"]\n[${.context}]\n[颜色=红色,黑色]\n",
                output());
        assertEquals(List.of("echo"), commands.ran);
    }

    @Test
    void argumentsKeepEveryCharacterAndGogosOptionParsing() {
        assertEquals("", run(LILY, "catalog:echo 商品\\ 表.xlsx '' \"{ x }\" \\(1\\) '*' ～＄（） 42 true"));
        assertEquals("[商品 表.xlsx]\n[]\n[{ x }]\n[(1)]\n[*]\n[～＄（）]\n[42]\n[true]\n", output());
        out.reset();
        assertEquals("", run(LILY, "catalog:hello"), "a command without arguments");
        assertEquals("hello\n", output());
        out.reset();
        access.table.put("user:add", Set.of(Role.EDITOR));
        assertEquals("", run(LILY, "user:add kim --role reviewer"));
        assertEquals("added kim as reviewer\n", output());
    }

    @Test
    void aQuotedOrStrangeCommandNameIsOnlyEverAName() {
        assertEquals("error: unknown command 'java.lang.System' — type help to list the commands\n",
                run(LILY, "'java.lang.System' getClass"));
        err.reset();
        assertEquals("", run(LILY, "'catalog:greet' getClass"), "a quoted name runs the command, never a method");
        assertEquals(List.of("greet getClass"), commands.ran);
        err.reset();
        assertEquals("error: unknown command 'true' — type help to list the commands\n", run(LILY, "true getClass"));
    }

    @Test
    void suggestionsNameOnlyWhatTheUserMayRun() {
        assertEquals("error: unknown command 'user:ad' — type help to list the commands\n", run(LILY, "user:ad kim"));
        err.reset();
        assertEquals("error: unknown command 'user:ad' — did you mean user:add?\n", run(ADMIN, "user:ad kim"));
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
