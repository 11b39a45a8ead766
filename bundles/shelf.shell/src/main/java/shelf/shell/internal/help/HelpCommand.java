package shelf.shell.internal.help;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.security.AccessRefusedException;
import shelf.api.security.CommandAccess;
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Complete;
import shelf.shell.internal.console.CommandCatalog;
import shelf.shell.internal.console.CommandFailure;
import shelf.shell.internal.console.CommandLineCompleter;
import shelf.shell.internal.console.CommandSignature;

/**
 * {@code help}: the commands the user may run, each with its description, or how to use one of them. The
 * others are not named: {@code help user:add} tells an editor which role it needs.
 */
@Component(service = HelpCommand.class)
@GogoCommand(scope = "shell", function = "help")
public class HelpCommand {
    // Optional so the shell's own tests can run help without security; in the runtime both are there.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile CommandAccess access;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile CurrentUser currentUser;

    @Descriptor("lists the commands you may run, each with a one-line description")
    public void help(CommandSession session) {
        SortedMap<String, String> descriptions = new TreeMap<>();
        int hidden = 0;
        for (String name : CommandCatalog.names(session)) {
            if (!mayRun(session, name)) {
                hidden++;
                continue;
            }
            descriptions.put(name, CommandCatalog.withMethods(session, name, methods -> methods.stream()
                    .map(m -> CommandSignature.of(m).description()).filter(d -> !d.isEmpty()).findFirst().orElse("")));
        }
        System.out.print(HelpFormatter.overview(descriptions));
        if (hidden > 0) {
            System.out.println("(" + hidden + " more need another role"
                    + (mayRun(session, "acl:list") ? " — acl:list shows who may run what)" : ")"));
        }
    }

    private boolean mayRun(CommandSession session, String command) {
        CommandAccess acl = access;
        CurrentUser users = currentUser;
        if (acl == null || users == null) {
            return true;
        }
        try {
            return acl.allows(users.of(session), command);
        } catch (AccessRefusedException notLoggedIn) {
            return false;
        }
    }

    @Descriptor("shows the usage, options and arguments of a command")
    public void help(CommandSession session,
            @Descriptor("the command, with or without its scope (bundle:list, list)") @Complete(CommandLineCompleter.COMMAND) String command) {
        List<String> matching = matchingNames(session, command);
        List<String> names = matching.stream().filter(name -> mayRun(session, name)).toList();
        if (names.isEmpty() && !matching.isEmpty()) {
            access.check(currentUser.of(session), matching.get(0)); // says which role it needs
        }
        if (names.isEmpty()) {
            List<String> known = CommandCatalog.names(session).stream().filter(name -> mayRun(session, name)).toList();
            throw new IllegalArgumentException(CommandFailure.unknownCommand(command, known));
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
