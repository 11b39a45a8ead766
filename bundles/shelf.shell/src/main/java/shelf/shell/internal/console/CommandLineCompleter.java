package shelf.shell.internal.console;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.felix.service.command.CommandSession;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import shelf.api.shell.Complete;

/**
 * Tab completion for a Gogo command line: command names at the start of a statement, then for each
 * argument what its {@code @Complete} annotation names (file paths, or the names a CompletionSource
 * gives), and option names after a '-'.
 */
public final class CommandLineCompleter implements Completer {
    /** Completes command names, for arguments that name a command (help's). */
    public static final String COMMAND = "command";

    private final CommandSession session;
    private final Predicate<String> mayRun;
    private final Function<String, List<String>> namedCandidates;

    /**
     * @param mayRun whether the user may run a "scope:function": only those are offered
     * @param namedCandidates the candidates of the CompletionSource registered under a name
     */
    public CommandLineCompleter(CommandSession session, Predicate<String> mayRun,
            Function<String, List<String>> namedCandidates) {
        this.session = session;
        this.mayRun = mayRun;
        this.namedCandidates = namedCandidates;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        int start = statementStart(words, index);
        String word = line.word().substring(0, line.wordCursor());
        if (index == start) {
            commandNames(candidates);
            return;
        }
        String command = CommandCatalog.registeredName(session, words.get(start));
        if (command == null || !mayRun.test(command)) {
            return;
        }
        List<String> typed = words.subList(start + 1, index);
        List<CommandSignature> signatures = CommandCatalog.withMethods(session, words.get(start),
                methods -> methods.stream().map(CommandSignature::of).toList());
        Set<String> kinds = new LinkedHashSet<>();
        for (CommandSignature signature : signatures) {
            if (word.startsWith("-")) {
                signature.options().forEach(o -> o.names().forEach(n -> candidates.add(new Candidate(n, n, null,
                        o.description().isEmpty() ? null : o.description(), null, null, true))));
            }
            CommandSignature.Option awaited = signature.optionAwaitingValue(typed);
            if (awaited != null) {
                addKind(kinds, awaited.complete());
                continue;
            }
            CommandSignature.Argument argument = signature.argumentAfter(typed);
            if (argument != null) {
                addKind(kinds, argument.complete());
            }
        }
        for (String kind : kinds) {
            if (Complete.FILE.equals(kind)) {
                candidates.addAll(FilePathCandidates.of(session.currentDir(), word));
            } else if (COMMAND.equals(kind)) {
                commandNames(candidates);
            } else {
                namedCandidates.apply(kind).forEach(name -> candidates.add(new Candidate(name)));
            }
        }
    }

    private void commandNames(List<Candidate> candidates) {
        Set<String> bare = new LinkedHashSet<>();
        for (String name : CommandCatalog.names(session)) {
            if (!mayRun.test(name)) {
                continue;
            }
            candidates.add(new Candidate(name));
            bare.add(CommandCatalog.function(name));
        }
        bare.forEach(function -> candidates.add(new Candidate(function)));
    }

    private static void addKind(Set<String> kinds, String kind) {
        if (kind != null && !kind.isBlank()) {
            kinds.add(kind);
        }
    }

    /** The index of the word that names the command of the statement being typed. */
    static int statementStart(List<String> words, int index) {
        int start = 0;
        for (int i = 0; i < index && i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals(";") || w.equals("|") || w.equals("&&") || w.equals("||")) {
                start = i + 1;
            } else if (w.endsWith(";")) {
                start = i + 1;
            }
        }
        return start;
    }
}
