package shelf.core.bundles;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/** Puts a failed Bundle.start into the words a user can act on. */
public final class StartFailure {
    private StartFailure() {}

    /**
     * "could not resolve: missing package foo.bar [1.0.0,2.0.0); no installed bundle exports it" or
     * "failed to start: its activator threw IllegalStateException: no database".
     */
    public static String describe(BundleContext context, Bundle bundle, Throwable failure) {
        if (failure instanceof BundleException e && e.getType() == BundleException.RESOLVE_ERROR
                && bundle.getState() == Bundle.INSTALLED) {
            List<String> missing = new MissingRequirements(context).explain(bundle);
            return "could not resolve: " + (missing.isEmpty() ? firstLine(e.getMessage()) : String.join("; ", missing));
        }
        if (failure instanceof BundleException e && e.getType() == BundleException.ACTIVATOR_ERROR && e.getCause() != null) {
            return "failed to start: its activator threw " + causeChain(e.getCause());
        }
        return "failed to start: " + causeChain(failure);
    }

    /** "IllegalStateException: no database (caused by IOException: disk full)". */
    static String causeChain(Throwable failure) {
        StringBuilder text = new StringBuilder(oneThrowable(failure));
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && cause != failure && depth < 3; depth++, cause = cause.getCause()) {
            text.append(" (caused by ").append(oneThrowable(cause)).append(')');
        }
        return text.toString();
    }

    private static String oneThrowable(Throwable t) {
        String message = t.getMessage();
        if (t instanceof BundleException) {
            return firstLine(message);
        }
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }

    public static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message.trim() : message.substring(0, newline).trim();
    }
}
