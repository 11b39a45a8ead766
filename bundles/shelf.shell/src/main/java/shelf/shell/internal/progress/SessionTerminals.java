package shelf.shell.internal.progress;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.felix.service.command.CommandSession;
import org.jline.terminal.Terminal;
import org.osgi.service.component.annotations.Component;

/**
 * The terminals of the open interactive sessions on a real terminal, by Gogo session: what a command
 * running in a session may draw a progress bar on. Sessions without a terminal are never listed.
 */
@Component(service = SessionTerminals.class)
public class SessionTerminals {
    private final Map<CommandSession, Terminal> terminals = new ConcurrentHashMap<>();

    public void opened(CommandSession session, Terminal terminal) {
        terminals.put(session, terminal);
    }

    public void closed(CommandSession session) {
        terminals.remove(session);
    }

    public Optional<Terminal> terminalOf(CommandSession session) {
        return session == null ? Optional.empty() : Optional.ofNullable(terminals.get(session));
    }
}
