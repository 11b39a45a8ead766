package shelf.shell.internal.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements at ';' and newlines, the way a user reads it: separators inside quotes,
 * braces, brackets or parentheses (a Gogo closure over several lines) do not split, a backslash at the end
 * of a line continues it, and a line whose first non-blank character is '#' is a comment.
 */
public final class StatementSplitter {
    private StatementSplitter() {
    }

    public static List<Statement> split(String script) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = 1;
        int depth = 0;
        char quote = 0;
        boolean lineStart = true;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (lineStart && quote == 0 && c == '#') {
                while (i + 1 < script.length() && script.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '\\' && i + 1 < script.length()) {
                char next = script.charAt(++i);
                if (next == '\n') {
                    line++;
                    current.append(' ');
                } else {
                    current.append(c).append(next);
                }
                lineStart = false;
                continue;
            }
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if ((c == '}' || c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if ((c == ';' || c == '\n') && depth == 0) {
                add(statements, current, startLine);
                if (c == '\n') {
                    line++;
                }
                startLine = line;
                lineStart = c == '\n';
                continue;
            }
            if (c == '\n') {
                line++;
                lineStart = true;
            } else if (!Character.isWhitespace(c)) {
                lineStart = false;
            }
            if (current.toString().isBlank() && !Character.isWhitespace(c)) {
                startLine = line;
            }
            current.append(c);
        }
        add(statements, current, startLine);
        return statements;
    }

    private static void add(List<Statement> statements, StringBuilder text, int line) {
        String statement = text.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(new Statement(statement, line));
        }
        text.setLength(0);
    }
}
