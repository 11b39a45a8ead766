package shelf.shell.internal.console;

import java.util.ArrayList;
import java.util.List;

/**
 * The grammar of sessions whose user is not admin: command names with arguments, 'single' and "double"
 * quotes, backslash escapes, ';' and line breaks — nothing Gogo would evaluate. Each of Gogo's other
 * constructs ($(…), ${…}, $var, { }, ( ), [ ], x = …, |, &, >, >>, <) is refused before anything runs,
 * naming it. Quoted and escaped text is literal: the words found here reach the command as they are, and
 * Gogo never parses them (see StatementRunner).
 */
public final class PlainGrammar {
    private PlainGrammar() {
    }

    /** One command as typed: its name and the arguments it receives. */
    public record Command(String name, List<String> arguments) {
    }

    /** A statement outside the plain grammar; the message is the sentence for the user. */
    public static final class NotPlain extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NotPlain(String message) {
            super(message);
        }
    }

    /**
     * The commands of a statement, in order.
     *
     * @param sessions who the sessions are, for the refusal: "editor" gives "editor sessions run plain commands"
     */
    public static List<Command> parse(String text, String sessions) {
        return new Reader(text, sessions).commands();
    }

    private static final class Reader {
        private final String text;
        private final String sessions;
        private final List<Command> commands = new ArrayList<>();
        private final List<String> words = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private boolean inWord;
        private int i;

        Reader(String text, String sessions) {
            this.text = text;
            this.sessions = sessions;
        }

        List<Command> commands() {
            while (i < text.length()) {
                char c = text.charAt(i);
                switch (c) {
                    case ' ', '\t', '\r' -> endWord();
                    case ';', '\n' -> endCommand();
                    case '\'' -> singleQuoted();
                    case '"' -> doubleQuoted();
                    case '\\' -> escaped();
                    case '$' -> refuse(next() == '(' ? "$(" : next() == '{' ? "${" : "$");
                    case '{', '}', '(', ')', '[', ']' -> refuse(String.valueOf(c));
                    case '|', '&', '>', '<' -> refuse(next() == c ? "" + c + c : String.valueOf(c));
                    case '=' -> equalsSign();
                    case '#' -> comment();
                    case '~' -> tilde();
                    default -> add(c);
                }
                i++;
            }
            endCommand();
            return commands;
        }

        private char next() {
            return i + 1 < text.length() ? text.charAt(i + 1) : 0;
        }

        private void add(char c) {
            word.append(c);
            inWord = true;
        }

        private void endWord() {
            if (inWord) {
                words.add(word.toString());
                word.setLength(0);
                inWord = false;
            }
        }

        private void endCommand() {
            endWord();
            if (!words.isEmpty()) {
                commands.add(new Command(words.get(0), List.copyOf(words.subList(1, words.size()))));
                words.clear();
            }
        }

        /** 'text': every character as it is, up to the next '. */
        private void singleQuoted() {
            int end = text.indexOf('\'', i + 1);
            if (end < 0) {
                throw new NotPlain("the quote ' is not closed — end the text with '");
            }
            word.append(text, i + 1, end);
            inWord = true;
            i = end;
        }

        /** "text": every character as it is, but \" and \\ stand for " and \. */
        private void doubleQuoted() {
            inWord = true;
            for (i++; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    return;
                }
                if (c == '\\' && (next() == '"' || next() == '\\')) {
                    c = text.charAt(++i);
                }
                word.append(c);
            }
            throw new NotPlain("the quote \" is not closed — end the text with \"");
        }

        /** \c is the character c itself; a backslash before a line break continues the line. */
        private void escaped() {
            if (i + 1 >= text.length()) {
                add('\\');
            } else if (next() == '\n') {
                i++;
                endWord();
            } else {
                add(text.charAt(++i));
            }
        }

        /** '=' inside an argument is text (--spec 颜色=红色); in the first word or alone after it, an assignment. */
        private void equalsSign() {
            if (words.isEmpty() || words.size() == 1 && !inWord) {
                refuse("=");
            }
            add('=');
        }

        /** A '#' that starts a command starts a comment, to the end of the line. */
        private void comment() {
            if (inWord || !words.isEmpty()) {
                add('#');
                return;
            }
            int end = text.indexOf('\n', i);
            i = (end < 0 ? text.length() : end) - 1;
        }

        /** ~ or ~/… at the start of a word is the home folder, as in any shell. */
        private void tilde() {
            char after = next();
            if (!inWord && (after == 0 || after == '/' || after == ' ' || after == '\t' || after == ';' || after == '\n')) {
                word.append(System.getProperty("user.home"));
                inWord = true;
            } else {
                add('~');
            }
        }

        private void refuse(String construct) {
            throw new NotPlain("'" + construct + "' is not allowed: " + sessions
                    + " sessions run plain commands — quote it ('…') if it is text");
        }
    }
}
