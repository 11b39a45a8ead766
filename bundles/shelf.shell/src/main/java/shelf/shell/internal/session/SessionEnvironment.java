package shelf.shell.internal.session;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import shelf.api.runtime.PluginStartup;
import shelf.shell.internal.progress.SessionTerminals;
import shelf.shell.internal.security.GuardedProcessor;
import shelf.shell.internal.security.SessionSubjects;

/**
 * What every console needs from the runtime.
 *
 * @param namedCandidates the names a CompletionSource registered under a name offers
 * @param processor the Gogo processor that checks the command ACL whenever a command runs
 * @param historyFolder where interactive sessions keep the lines typed, a file for each user
 * @param subjects where the session's login is kept for the commands
 * @param plugins the plugins starting behind the console; null while the provisioning bundle is not there
 */
public record SessionEnvironment(GuardedProcessor processor, SessionTerminals terminals,
        Function<String, List<String>> namedCandidates, Path historyFolder, SessionSubjects subjects,
        Supplier<PluginStartup> plugins) {
}
