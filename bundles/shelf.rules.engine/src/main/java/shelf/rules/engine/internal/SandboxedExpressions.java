package shelf.rules.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlSandbox;

/**
 * The JEXL engine that runs pack expressions ("promoPrice <= salePrice"). Pack files come from outside
 * the code base, so an expression may compare, compute and call a handful of String methods, and
 * nothing else: the grammar refuses {@code new}, loops, assignments, lambdas, pragmas and annotations;
 * the sandbox refuses every class and method not on its allow list (so {@code ''.getClass()} fails);
 * RESTRICTED permissions keep java.lang.System, reflection and class loading out of reach besides.
 * The one regex operator, {@code =~}, is matched in linear time ({@link LinearArithmetic}), and a regex
 * written in the expression is checked as a pattern rule's is, when the pack is read.
 */
final class SandboxedExpressions {
    /** String methods an expression may call, all without side effects. */
    static final Set<String> STRING_METHODS = Set.of("length", "isEmpty", "isBlank", "startsWith", "endsWith",
            "contains", "trim");

    private static final JexlEngine ENGINE = create();
    private static final Pattern CLASS_WORD = Pattern.compile("\\bclass\\b");
    private static final Pattern MATCH_OPERATOR = Pattern.compile("[=!]~\\s*");

    private SandboxedExpressions() {}

    private static JexlEngine create() {
        JexlFeatures features = new JexlFeatures()
                .newInstance(false).loops(false).sideEffect(false).sideEffectGlobal(false)
                .lambda(false).thinArrow(false).fatArrow(false).pragma(false).annotation(false)
                .structuredLiteral(false).localVar(false).script(false).register(false)
                .importPragma(false).namespacePragma(false);
        JexlSandbox sandbox = new JexlSandbox(false);   // allow list: nothing unless named here
        sandbox.allow(String.class.getName()).execute(STRING_METHODS.toArray(String[]::new));
        return new JexlBuilder()
                .arithmetic(new LinearArithmetic(true))
                .features(features)
                .permissions(JexlPermissions.RESTRICTED)
                .sandbox(sandbox)
                .strict(true)
                .safe(false)
                .silent(false)
                .cache(0)
                .create();
    }

    /** Compiles an expression; throws {@link IllegalArgumentException} with JEXL's reason when it is refused. */
    static JexlScript compile(String expression) {
        // JEXL answers x.class itself, outside the sandbox; the Class is then unusable, but no field is
        // named "class", so refusing the word costs nothing and leaves no class object in reach at all
        if (CLASS_WORD.matcher(expression).find()) {
            throw new IllegalArgumentException("expression '" + expression + "' may not name 'class'");
        }
        JexlScript script;
        try {
            script = ENGINE.createScript(expression);
        } catch (JexlException e) {
            throw new IllegalArgumentException(reason(e), e);
        }
        regexes(expression).forEach(LinearPatterns::compile);
        return script;
    }

    /**
     * The regexes written after =~ or !~ in an expression that parsed: a quoted string or a ~/regex/
     * literal. A regex taken from a field's value can only be checked when it is matched.
     */
    static List<String> regexes(String expression) {
        List<String> found = new ArrayList<>();
        Matcher operator = MATCH_OPERATOR.matcher(expression);
        while (operator.find()) {
            int i = operator.end();
            if (i >= expression.length()) {
                break;
            }
            char quote = expression.charAt(i);
            boolean literal = quote == '~' && expression.startsWith("~/", i);
            if (quote != '\'' && quote != '"' && !literal) {
                continue;
            }
            char end = literal ? '/' : quote;
            StringBuilder regex = new StringBuilder();
            for (int j = i + (literal ? 2 : 1); j < expression.length() && expression.charAt(j) != end; j++) {
                char c = expression.charAt(j);
                if (c == '\\' && j + 1 < expression.length()
                        && (expression.charAt(j + 1) == end || !literal && expression.charAt(j + 1) == '\\')) {
                    c = expression.charAt(++j);   // JEXL's escapes of the quote and, in a string, of the backslash
                }
                regex.append(c);
            }
            found.add(regex.toString());
        }
        return found;
    }

    static String reason(JexlException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
