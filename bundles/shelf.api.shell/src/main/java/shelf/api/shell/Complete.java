package shelf.api.shell;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names what the shell offers on Tab for a command parameter: {@code "file"} completes paths, any
 * other name asks the {@link CompletionSource} registered under that name ({@code "bundle"},
 * {@code "feature"}, …).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Complete {
    /** Completes file and folder paths, relative to the session's current folder. */
    String FILE = "file";

    String value();
}
