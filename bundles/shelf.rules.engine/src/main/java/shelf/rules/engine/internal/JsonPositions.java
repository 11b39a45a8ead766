package shelf.rules.engine.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each rule object of a pack's "rules" array begins in the file, as line and column, so a refused
 * rule is named the way an editor shows it. Gson's tree keeps no positions, hence this small scan.
 */
final class JsonPositions {
    private final String json;
    private final List<Integer> ruleStarts = new ArrayList<>();

    JsonPositions(String json) {
        this.json = json;
        scan();
    }

    /** "line 12, column 5" of the rule at {@code index}, or empty when the scan did not find it. */
    String rule(int index) {
        return index < ruleStarts.size() ? at(ruleStarts.get(index)) : "";
    }

    private String at(int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (json.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }

    private void scan() {
        int depth = 0;
        int rulesDepth = -1;
        String lastKey = null;
        StringBuilder text = null;
        boolean escaped = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (text != null) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    lastKey = text.toString();
                    text = null;
                } else {
                    text.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> text = new StringBuilder();
                case '[' -> {
                    depth++;
                    if (depth == 2 && "rules".equals(lastKey)) {
                        rulesDepth = depth;
                    }
                }
                case '{' -> {
                    if (rulesDepth > 0 && depth == rulesDepth) {
                        ruleStarts.add(i);
                    }
                    depth++;
                }
                case ']', '}' -> {
                    if (depth == rulesDepth && c == ']') {
                        rulesDepth = -1;
                    }
                    depth--;
                }
                default -> { }
            }
        }
    }
}
