package shelf.rules.engine.internal;

import java.util.Collection;
import java.util.Map;

/**
 * A check of one value on its own (length, pattern, range, …). Empty values pass every check but
 * "required", so a rule says one thing and a missing value is reported once.
 */
@FunctionalInterface
interface ValueCheck {

    /** {@code null} when the value passes; otherwise what is wrong, for the message's {detail}. */
    String violation(Object value);

    static boolean isEmpty(Object value) {
        if (value instanceof String text) {
            // most values: a test for a final class is one comparison, each test for an interface below a search
            // of the value's class's interfaces (a tenth of the validating thread's samples were in this method)
            return text.isBlank();
        }
        return value == null
                || value instanceof CharSequence text && text.toString().isBlank()
                || value instanceof Collection<?> list && list.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
    }
}
