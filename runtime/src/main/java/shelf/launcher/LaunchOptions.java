package shelf.launcher;

import java.nio.file.Path;
import java.util.List;

/** The launcher's command line, parsed: what to do, on which home, how loudly. */
record LaunchOptions(Action action, Path home, boolean verbose, String commands, String source) {

    enum Action { INTERACTIVE, COMMANDS, START, STOP, STATUS, VERSION, HELP, DAEMON, RESTORE }

    static LaunchOptions parse(List<String> args) {
        Path home = null;
        boolean verbose = false;
        Action action = null;
        String commands = null;
        String source = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--home" -> home = Path.of(valueAfter(args, ++i, "--home", "a folder"));
                case "--verbose", "-v" -> verbose = true;
                case "-c" -> {
                    action = only(action, Action.COMMANDS, arg);
                    commands = valueAfter(args, ++i, "-c", "commands, e.g. -c \"bundle:list\"");
                    source = "-c";
                }
                case "start" -> action = only(action, Action.START, arg);
                case "stop" -> action = only(action, Action.STOP, arg);
                case "status" -> action = only(action, Action.STATUS, arg);
                case "restore" -> {
                    action = only(action, Action.RESTORE, arg);
                    source = valueAfter(args, ++i, "restore", "the backup file, e.g. restore shelf-backup.zip");
                }
                case "--version" -> action = only(action, Action.VERSION, arg);
                case "--help", "-h" -> action = only(action, Action.HELP, arg);
                case "--daemon" -> action = only(action, Action.DAEMON, arg);
                default -> {
                    if (arg.startsWith("-")) {
                        throw new LaunchException("unknown option " + arg + " — see shelf --help");
                    }
                    // Any other word is a script file; its content is read when the session starts.
                    action = only(action, Action.COMMANDS, arg);
                    source = arg;
                }
            }
        }
        return new LaunchOptions(action == null ? Action.INTERACTIVE : action, home, verbose, commands, source);
    }

    boolean isScript() {
        return action == Action.COMMANDS && commands == null;
    }

    private static String valueAfter(List<String> args, int index, String option, String what) {
        if (index >= args.size()) {
            throw new LaunchException(option + " needs " + what);
        }
        return args.get(index);
    }

    private static Action only(Action current, Action next, String arg) {
        if (current != null) {
            throw new LaunchException(arg + " cannot be combined with another action — see shelf --help");
        }
        return next;
    }
}
