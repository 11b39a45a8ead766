package shelf.shell.internal.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import shelf.shell.internal.console.CommandSignature;
import shelf.shell.internal.console.CommandSignature.Argument;
import shelf.shell.internal.console.CommandSignature.Option;

import shelf.api.shell.Table;

/** The text of {@code help}: the list of commands, and the usage of one command. */
final class HelpFormatter {
    private HelpFormatter() {
    }

    /** Every command with its one-line description, in name order. */
    static String overview(SortedMap<String, String> descriptions) {
        Table table = new Table("COMMAND", "DESCRIPTION");
        descriptions.forEach(table::row);
        return table + "\nhelp COMMAND shows the options and arguments of a command.\n";
    }

    /** Usage lines (one per overload), description, options and arguments of one command. */
    static String usage(String name, List<CommandSignature> signatures) {
        StringBuilder text = new StringBuilder(name);
        signatures.stream().map(CommandSignature::description).filter(d -> !d.isEmpty()).findFirst()
                .ifPresent(d -> text.append(" — ").append(d));
        text.append("\n\nUsage:\n");
        for (CommandSignature signature : signatures) {
            text.append("  ").append(usageLine(name, signature)).append('\n');
        }
        Map<String, Option> options = new LinkedHashMap<>();
        Map<String, Argument> arguments = new LinkedHashMap<>();
        for (CommandSignature signature : signatures) {
            signature.options().forEach(o -> options.merge(String.join(", ", o.names()), o,
                    (known, other) -> known.description().isEmpty() ? other : known));
            signature.arguments().forEach(a -> arguments.merge(a.name(), a,
                    (known, other) -> known.description().isEmpty() ? other : known));
        }
        if (!options.isEmpty()) {
            Table table = new Table("OPTION", "DESCRIPTION");
            options.forEach((names, o) -> table.row(o.takesValue() ? names + " VALUE" : names, o.description()));
            text.append('\n').append(table);
        }
        if (!arguments.isEmpty()) {
            Table table = new Table("ARGUMENT", "DESCRIPTION");
            arguments.values().forEach(a -> table.row(a.name(), a.description()));
            text.append('\n').append(table);
        }
        return text.toString();
    }

    static String usageLine(String name, CommandSignature signature) {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        for (Option option : signature.options()) {
            String first = option.names().isEmpty() ? "?" : option.names().get(0);
            parts.add("[" + first + (option.takesValue() ? " VALUE" : "") + "]");
        }
        for (Argument argument : signature.arguments()) {
            parts.add(argument.repeated() ? argument.name() + "..." : argument.name());
        }
        return String.join(" ", parts);
    }
}
