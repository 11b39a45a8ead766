package shelf.shell.internal.console;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;

import shelf.api.shell.Complete;

/**
 * What one command method accepts, read from its Gogo annotations: options ({@code @Parameter}),
 * positional arguments, their {@code @Descriptor} and their {@code @Complete} kind. A leading
 * CommandSession parameter is Gogo's, not the user's, and is left out.
 */
public record CommandSignature(String description, List<Option> options, List<Argument> arguments) {

    public record Option(List<String> names, boolean takesValue, String description, String complete) {
    }

    public record Argument(String name, boolean repeated, String description, String complete) {
    }

    public static CommandSignature of(Method method) {
        List<Option> options = new ArrayList<>();
        List<Argument> arguments = new ArrayList<>();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Parameter p = parameters[i];
            if (i == 0 && CommandSession.class.isAssignableFrom(p.getType())) {
                continue;
            }
            String describes = descriptor(p.getAnnotation(Descriptor.class));
            Complete complete = p.getAnnotation(Complete.class);
            String kind = complete == null ? null : complete.value();
            org.apache.felix.service.command.Parameter option = p.getAnnotation(org.apache.felix.service.command.Parameter.class);
            if (option != null) {
                boolean takesValue = org.apache.felix.service.command.Parameter.UNSPECIFIED.equals(option.presentValue());
                options.add(new Option(List.of(option.names()), takesValue, describes, kind));
            } else {
                boolean repeated = p.getType().isArray() || List.class.isAssignableFrom(p.getType());
                arguments.add(new Argument(argumentName(p, kind, arguments.size() + 1), repeated, describes, kind));
            }
        }
        return new CommandSignature(descriptor(method.getAnnotation(Descriptor.class)), options, arguments);
    }

    /** The option that a word names ("--profile", "-p"), if any. */
    public Option option(String word) {
        return options.stream().filter(o -> o.names().contains(word)).findFirst().orElse(null);
    }

    /**
     * The positional argument the next word fills, given the words already typed after the command name;
     * null when the word is an option's value or beyond the last argument.
     */
    public Argument argumentAfter(List<String> typedWords) {
        int position = 0;
        for (int i = 0; i < typedWords.size(); i++) {
            Option option = option(typedWords.get(i));
            if (option != null) {
                if (option.takesValue()) {
                    i++;
                }
            } else {
                position++;
            }
        }
        if (arguments.isEmpty()) {
            return null;
        }
        if (position < arguments.size()) {
            return arguments.get(position);
        }
        Argument last = arguments.get(arguments.size() - 1);
        return last.repeated() ? last : null;
    }

    /** The option whose value the next word is (the last typed word names it), if any. */
    public Option optionAwaitingValue(List<String> typedWords) {
        boolean awaiting = false;
        Option pending = null;
        for (String word : typedWords) {
            if (awaiting) {
                awaiting = false;
                pending = null;
                continue;
            }
            Option option = option(word);
            if (option != null && option.takesValue()) {
                awaiting = true;
                pending = option;
            }
        }
        return awaiting ? pending : null;
    }

    private static String descriptor(Descriptor descriptor) {
        return descriptor == null ? "" : descriptor.value().strip();
    }

    // Parameter names exist only when compiled with -parameters; the completion kind ("file", "bundle") or
    // the position says more than "arg0".
    private static String argumentName(Parameter p, String kind, int position) {
        if (p.isNamePresent()) {
            return p.getName().toUpperCase(Locale.ROOT);
        }
        if (kind != null) {
            return kind.toUpperCase(Locale.ROOT);
        }
        return "ARG" + position;
    }
}
