package shelf.shell.internal.session;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.felix.service.command.CommandProcessor;

import shelf.api.security.CommandAccess;
import shelf.api.security.Users;
import shelf.shell.internal.progress.SessionTerminals;
import shelf.shell.internal.security.SessionSubjects;

/**
 * What every session needs from the runtime.
 *
 * @param namedCandidates the names a CompletionSource registered under a name offers
 * @param historyFile where interactive sessions keep the lines typed
 * @param stopFramework stops the runtime; asked for by a shutdown session
 * @param users the user store, got when a session logs in (null when it cannot be had)
 * @param access the command ACL every statement is checked against
 * @param subjects where the session's login is kept for the commands
 */
record SessionEnvironment(CommandProcessor processor, SessionTerminals terminals,
        Function<String, List<String>> namedCandidates, Path historyFile, Runnable stopFramework,
        Supplier<Users> users, CommandAccess access, SessionSubjects subjects) {
}
