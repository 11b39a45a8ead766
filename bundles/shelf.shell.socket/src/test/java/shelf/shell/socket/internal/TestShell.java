package shelf.shell.socket.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;

import shelf.api.security.Role;
import shelf.shell.internal.help.HelpCommand;
import shelf.shell.internal.progress.ProgressServices;
import shelf.shell.internal.progress.SessionTerminals;
import shelf.shell.internal.security.GuardedProcessor;
import shelf.shell.internal.security.SessionSubjects;
import shelf.shell.internal.session.SessionEnvironment;
import shelf.shell.internal.session.ShellConsoles;

/**
 * The shell and its socket as the runtime assembles them, outside OSGi: a real Gogo processor with the catalog
 * test commands and help, the shell's consoles, the session listener on a socket in a temporary SHELF_HOME,
 * and a little catalog on disk.
 */
final class TestShell implements AutoCloseable {
    final Path home;
    final Path socket;
    final CatalogCommands catalog;
    final CountDownLatch frameworkStopped = new CountDownLatch(1);
    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    final GuardedProcessor processor;
    final SessionListener listener;
    final FakeUsers users;
    final FakeAccess access = new FakeAccess();
    final SessionSubjects subjects = new SessionSubjects();
    static final String ADMIN = "admin";
    static final String PASSWORD = "admin-secret";

    TestShell(Path home) throws IOException {
        this(home, new FakeUsers().with(ADMIN, PASSWORD, Role.ADMIN));
    }

    /** @param users the user store; an empty one is a fresh home */
    TestShell(Path home, FakeUsers users) throws IOException {
        this.home = home;
        this.users = users;
        threadIO.start();
        processor = new GuardedProcessor(threadIO, access, subjects);
        SessionTerminals terminals = new SessionTerminals();
        catalog = new CatalogCommands(ProgressServices.on(terminals));
        for (String function : List.of("greet", "show", "publish", "lock", "stall", "count", "import")) {
            processor.addCommand("catalog", catalog, function);
        }
        processor.addCommand("shell", new HelpCommand(), "help");
        socket = home.resolve("data/shelf.sock");
        ShellConsoles consoles = new ShellConsoles(new SessionEnvironment(processor, terminals,
                name -> name.equals("channel") ? List.of("weidian", "taobao", "douyin") : List.of(),
                home.resolve("data/history"), subjects, () -> null));
        listener = new SessionListener(socket, new SocketDoor(consoles, () -> users, frameworkStopped::countDown));
        listener.open();
        Files.writeString(home.resolve("notes.txt"), "春季新品 12 件\n");
        Files.createDirectories(home.resolve("imports"));
        Files.writeString(home.resolve("imports/商品表-春季.txt"), "SKU-1 连衣裙\n");
    }

    Map<String, Object> hello(String mode) {
        Map<String, Object> hello = new HashMap<>();
        hello.put("protocol", 1);
        hello.put("mode", mode);
        hello.put("cwd", home.toString());
        hello.put("tty", false);
        hello.put("term", "xterm-256color");
        hello.put("cols", 100);
        hello.put("rows", 30);
        hello.put("verbose", false);
        hello.put("user", ADMIN);
        hello.put("password", PASSWORD);
        return hello;
    }

    SessionClient connect(Map<String, Object> hello) throws IOException {
        return SessionClient.connect(socket, hello);
    }

    SessionClient commands(String text) throws IOException {
        Map<String, Object> hello = hello("commands");
        hello.put("commands", text);
        hello.put("source", "-c");
        return connect(hello);
    }

    SessionClient interactive(boolean tty) throws IOException {
        Map<String, Object> hello = hello("interactive");
        hello.put("tty", tty);
        return connect(hello);
    }

    @Override
    public void close() {
        listener.close();
        processor.stop();
        threadIO.stop();
    }
}
