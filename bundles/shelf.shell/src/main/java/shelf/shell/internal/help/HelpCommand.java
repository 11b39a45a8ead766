package shelf.shell.internal.help;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;

import shelf.api.shell.Complete;
import shelf.shell.internal.console.CommandCatalog;
import shelf.shell.internal.console.CommandFailure;
import shelf.shell.internal.console.CommandLineCompleter;
import shelf.shell.internal.console.CommandSignature;

/** {@code help}: every command of every bundle with its description, or how to use one command. */
@Component(service = HelpCommand.class)
@GogoCommand(scope = "shell", function = "help")
public class HelpCommand {

    @Descriptor("lists every command with a one-line description")
    public void help(CommandSession session) {
        SortedMap<String, String> descriptions = new TreeMap<>();
        for (String name : CommandCatalog.names(session)) {
            descriptions.put(name, CommandCatalog.withMethods(session, name, methods -> methods.stream()
                    .map(m -> CommandSignature.of(m).description()).filter(d -> !d.isEmpty()).findFirst().orElse("")));
        }
        System.out.print(HelpFormatter.overview(descriptions));
    }

    @Descriptor("shows the usage, options and arguments of a command")
    public void help(CommandSession session,
            @Descriptor("the command, with or without its scope (bundle:list, list)") @Complete(CommandLineCompleter.COMMAND) String command) {
        List<String> names = matchingNames(session, command);
        if (names.isEmpty()) {
            throw new IllegalArgumentException(CommandFailure.unknownCommand(command, CommandCatalog.names(session)));
        }
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            List<CommandSignature> signatures = CommandCatalog.withMethods(session, name,
                    methods -> methods.stream().map(CommandSignature::of).toList());
            text.append(text.length() == 0 ? "" : "\n").append(HelpFormatter.usage(name, signatures));
        }
        System.out.print(text);
    }

    /** bundle:list names itself; "list" names every scope's list; "bundle" names every bundle:* command. */
    private static List<String> matchingNames(CommandSession session, String command) {
        List<String> all = List.copyOf(CommandCatalog.names(session));
        if (command.contains(":")) {
            return all.stream().filter(n -> n.equalsIgnoreCase(command)).toList();
        }
        List<String> byFunction = all.stream().filter(n -> CommandCatalog.function(n).equalsIgnoreCase(command)).toList();
        if (!byFunction.isEmpty()) {
            return byFunction;
        }
        return all.stream().filter(n -> n.toLowerCase().startsWith(command.toLowerCase() + ":")).toList();
    }
}
