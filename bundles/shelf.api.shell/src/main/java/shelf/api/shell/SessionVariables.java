package shelf.api.shell;

/** Variables the shell sets in every Gogo CommandSession, for commands that take the session. */
public final class SessionVariables {
    /**
     * {@code Boolean.TRUE} in an interactive shell, {@code FALSE} for {@code shelf -c} and script files. A
     * command whose result is a verdict (validate) fails only a script, so its exit status can gate a pipeline.
     */
    public static final String INTERACTIVE = "shelf.interactive";

    private SessionVariables() {
    }
}
