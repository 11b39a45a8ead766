package shelf.launcher;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The shelf command: parses the command line, runs the action, exits with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        UserConsole console = UserConsole.ofProcess();
        LaunchOptions options = null;
        int status;
        try {
            options = LaunchOptions.parse(Arrays.asList(args));
            status = run(options, console);
        } catch (LaunchException e) {
            console.err().println("error: " + e.getMessage());
            if (RuntimeLog.isInstalled()) {
                Logger.getLogger("shelf.launcher").log(Level.SEVERE, e.getMessage(), e);
            }
            if (options != null && options.verbose() && e.getCause() != null) {
                e.getCause().printStackTrace(console.err());
            }
            status = 1;
        } catch (Exception e) {
            if (RuntimeLog.isInstalled()) {
                Logger.getLogger("shelf.launcher").log(Level.SEVERE, "the launcher failed", e);
            }
            console.err().println("error: " + e + " — run again with --verbose, and see the home's log/shelf.log");
            if (options != null && options.verbose()) {
                e.printStackTrace(console.err());
            }
            status = 1;
        }
        System.exit(status);
    }

    static int run(LaunchOptions options, UserConsole console) throws Exception {
        switch (options.action()) {
            case HELP -> {
                console.out().print(Usage.TEXT);
                return 0;
            }
            case VERSION -> {
                console.out().println(ShelfVersion.line());
                return 0;
            }
            default -> {
                // the actions below need the home
            }
        }
        if (options.action() == LaunchOptions.Action.RESTORE) {
            // into a new home: nothing may be created before it is checked
            return new HomeRestore(ShelfHome.resolve(options.home()), console).restore(Path.of(options.source()).toAbsolutePath());
        }
        ShelfHome home = ShelfHome.resolve(options.home()).create();
        return switch (options.action()) {
            case START -> new BackgroundInstance(home, console).start(options.verbose());
            case STOP -> new BackgroundInstance(home, console).stop();
            case STATUS -> new BackgroundInstance(home, console).status();
            case DAEMON -> Daemon.run(home, options.verbose());
            default -> new Session(options, home, console).run();
        };
    }
}
