package shelf.shell.internal.progress;

/** Wires the progress service as Declarative Services would, for tests outside OSGi. */
public final class ProgressServices {
    private ProgressServices() {
    }

    public static TerminalProgressService on(SessionTerminals terminals) {
        TerminalProgressService service = new TerminalProgressService();
        service.terminals = terminals;
        return service;
    }
}
