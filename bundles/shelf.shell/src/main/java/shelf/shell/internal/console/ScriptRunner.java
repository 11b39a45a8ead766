package shelf.shell.internal.console;

/** Runs the statements of a -c text or a script file in order and stops at the first failure. */
public final class ScriptRunner {
    private ScriptRunner() {
    }

    /**
     * @param scriptFile the file the statements come from, named in error messages with the line; null for -c
     * @return the exit status: 0 when every statement succeeded, 1 otherwise
     */
    public static int run(StatementRunner runner, String script, String scriptFile) {
        for (Statement statement : StatementSplitter.split(script)) {
            String where = scriptFile == null ? "" : " (" + scriptFile + ", line " + statement.line() + ")";
            if (!runner.run(statement.text(), where)) {
                return 1;
            }
        }
        return 0;
    }
}
