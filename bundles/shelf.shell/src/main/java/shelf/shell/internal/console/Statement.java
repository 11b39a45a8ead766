package shelf.shell.internal.console;

/** One statement of a script and the line it starts on (1-based), for error messages. */
public record Statement(String text, int line) {
}
