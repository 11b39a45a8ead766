package shelf.shell.internal.session;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.apache.felix.service.command.CommandProcessor;

import shelf.shell.internal.progress.SessionTerminals;

/**
 * What every session needs from the runtime.
 *
 * @param namedCandidates the names a CompletionSource registered under a name offers
 * @param historyFile where interactive sessions keep the lines typed
 * @param stopFramework stops the runtime; asked for by a shutdown session
 */
record SessionEnvironment(CommandProcessor processor, SessionTerminals terminals,
        Function<String, List<String>> namedCandidates, Path historyFile, Runnable stopFramework) {
}
