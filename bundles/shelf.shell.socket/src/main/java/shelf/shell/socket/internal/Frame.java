package shelf.shell.socket.internal;

import java.nio.charset.StandardCharsets;

/**
 * One frame of the session protocol: a type byte and its payload. The client sends {@link #HELLO} once,
 * then {@link #STDIN} and {@link #WINDOW}; the server sends {@link #STDOUT}, {@link #STDERR} and, last,
 * {@link #EXIT}.
 */
record Frame(byte type, byte[] payload) {
    static final byte HELLO = 'H';
    static final byte STDIN = 'I';
    static final byte WINDOW = 'W';
    static final byte STDOUT = 'O';
    static final byte STDERR = 'E';
    static final byte EXIT = 'X';

    String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return (char) type + "[" + payload.length + "]";
    }
}
