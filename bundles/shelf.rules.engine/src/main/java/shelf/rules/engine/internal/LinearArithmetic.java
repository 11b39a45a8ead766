package shelf.rules.engine.internal;

import java.math.MathContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.jexl3.JexlArithmetic;

import com.google.re2j.Pattern;

/**
 * JEXL's arithmetic with its one regex operator, {@code =~} / {@code !~}, matched by RE2/J instead of
 * java.util.regex: {@code title =~ '(.*a){20}'} in an expression runs in linear time like a pattern rule, is
 * refused the same way when it needs backtracking, and stops when the rule's time budget is spent.
 */
final class LinearArithmetic extends JexlArithmetic {
    /** Patterns compiled so far; an expression may match against a field's value, so the cache is bounded. */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
    private static final int CACHED = 256;

    LinearArithmetic(boolean strict) {
        super(strict);
    }

    private LinearArithmetic(boolean strict, MathContext context, int scale) {
        super(strict, context, scale);
    }

    @Override
    protected JexlArithmetic createWithOptions(boolean strict, MathContext context, int scale) {
        return new LinearArithmetic(strict, context, scale);
    }

    @Override
    public Boolean contains(Object container, Object value) {
        if (value != null && container instanceof java.util.regex.Pattern literal) {   // ~/regex/
            return LinearPatterns.matches(compiled(literal.pattern()), value.toString());
        }
        if (value != null && container instanceof CharSequence regex) {
            return LinearPatterns.matches(compiled(regex.toString()), value.toString());
        }
        return super.contains(container, value);
    }

    private static Pattern compiled(String regex) {
        Pattern pattern = COMPILED.get(regex);
        if (pattern == null) {
            pattern = LinearPatterns.compile(regex);
            if (COMPILED.size() >= CACHED) {
                COMPILED.clear();
            }
            COMPILED.put(regex, pattern);
        }
        return pattern;
    }
}
