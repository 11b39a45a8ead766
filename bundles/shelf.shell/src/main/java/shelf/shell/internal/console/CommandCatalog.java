package shelf.shell.internal.console;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.felix.gogo.runtime.CommandProxy;
import org.apache.felix.service.command.CommandSession;

import shelf.shell.internal.security.GuardedCommand;

/**
 * The commands a Gogo session knows: their names (every osgi.command service and what was added to the
 * processor directly) and, for help and completion, the Java methods behind a name.
 */
public final class CommandCatalog {
    private CommandCatalog() {
    }

    /** Every command as scope:function, sorted. */
    public static Set<String> names(CommandSession session) {
        Set<String> names = new TreeSet<>();
        if (session.get(".commands") instanceof Collection<?> all) {
            all.forEach(name -> names.add(String.valueOf(name)));
        }
        return names;
    }

    /** The registered "scope:function" a typed name (scoped or bare, any case) runs; null when none. */
    public static String registeredName(CommandSession session, String name) {
        Object command = name.isBlank() || name.startsWith(".") ? null : session.get(scoped(name));
        return command instanceof GuardedCommand guarded ? guarded.command() : null;
    }

    /**
     * Applies {@code reader} to the public methods a command name (scoped or bare) runs, ordered by
     * parameter count; an empty list when no such command is registered. The command's service is released
     * afterwards, so the methods must not be invoked.
     */
    public static <T> T withMethods(CommandSession session, String name, Function<List<Method>, T> reader) {
        Object command = name.isBlank() || name.startsWith(".") ? null : session.get(scoped(name));
        List<CommandProxy> acquired = new ArrayList<>();
        try {
            // A command is guarded, around a proxy (the processor's) around a proxy (the service tracker's).
            if (command instanceof GuardedCommand guarded) {
                command = guarded.target();
            }
            while (command instanceof CommandProxy proxy) {
                acquired.add(proxy);
                command = proxy.getTarget();
            }
            if (acquired.isEmpty() || command == null) {
                return reader.apply(List.of());
            }
            return reader.apply(methods(command.getClass(), function(name)));
        } finally {
            for (CommandProxy proxy : acquired) {
                proxy.ungetTarget();
            }
        }
    }

    /**
     * A bare name as Gogo runs it: "*:import" looks through the session's SCOPE ("shell:*"), where a bare
     * "import" alone names no command and a variable at most.
     */
    static String scoped(String name) {
        return name.indexOf(':') < 0 ? "*:" + name : name;
    }

    /**
     * The methods Gogo would consider for {@code function}: the same name, get/set/is before it, or '_' before
     * it — Gogo's way for a command named like a Java keyword ({@code import} runs a method {@code _import}).
     */
    static List<Method> methods(Class<?> type, String function) {
        return Arrays.stream(type.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getDeclaringClass() != Object.class)
                .filter(m -> matches(m.getName(), function))
                .sorted(Comparator.comparingInt(Method::getParameterCount).thenComparing(Method::toString))
                .toList();
    }

    private static boolean matches(String method, String function) {
        return method.equalsIgnoreCase(function) || method.equalsIgnoreCase("get" + function)
                || method.equalsIgnoreCase("set" + function) || method.equalsIgnoreCase("is" + function)
                || method.equalsIgnoreCase("_" + function);
    }

    public static String function(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }
}
