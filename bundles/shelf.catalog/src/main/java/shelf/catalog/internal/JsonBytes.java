package shelf.catalog.internal;

import java.util.Arrays;

/**
 * JSON written straight into UTF-8 bytes, for the product documents: at 100,000 products a Writer, a
 * String and its encoding would each cost more than the store's own work. The buffer is reused from one
 * document to the next. Writes what Gson's reader reads back exactly, lone surrogates included (escaped).
 */
final class JsonBytes {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] bytes = new byte[4096];
    private int size;
    /** Whether the value about to be written in the current object or array comes after another. */
    private boolean comma;

    JsonBytes reset() {
        size = 0;
        comma = false;
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    JsonBytes beginObject() {
        separate();
        put('{');
        comma = false;
        return this;
    }

    JsonBytes endObject() {
        put('}');
        comma = true;
        return this;
    }

    JsonBytes beginArray() {
        separate();
        put('[');
        comma = false;
        return this;
    }

    JsonBytes endArray() {
        put(']');
        comma = true;
        return this;
    }

    JsonBytes name(String name) {
        string(name);
        put(':');
        comma = false;
        return this;
    }

    JsonBytes value(String value) {
        string(value);
        return this;
    }

    JsonBytes value(long number) {
        separate();
        ascii(Long.toString(number));
        comma = true;
        return this;
    }

    private void separate() {
        if (comma) {
            put(',');
        }
    }

    private void string(String s) {
        separate();
        int length = s.length();
        ensure(length * 3 + 2);
        byte[] b = bytes;
        int at = size;
        b[at++] = '"';
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c < 0x20 || c == '"' || c == '\\') {
                    size = at;
                    escape(c);
                    ensure((length - i) * 3 + 1);
                    b = bytes;
                    at = size;
                } else {
                    b[at++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                char low = i + 1 < length ? s.charAt(i + 1) : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                    int cp = Character.toCodePoint(c, low);
                    b[at++] = (byte) (0xF0 | cp >> 18);
                    b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | cp & 0x3F);
                    i++;
                } else {
                    size = at;
                    escape(c);
                    ensure((length - i) * 3 + 1);
                    b = bytes;
                    at = size;
                }
            } else {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        b[at++] = '"';
        size = at;
        comma = true;
    }

    private void escape(char c) {
        ensure(6);
        switch (c) {
            case '"' -> ascii("\\\"");
            case '\\' -> ascii("\\\\");
            case '\n' -> ascii("\\n");
            case '\r' -> ascii("\\r");
            case '\t' -> ascii("\\t");
            default -> {
                ascii("\\u");
                put(HEX[c >> 12 & 0xF]);
                put(HEX[c >> 8 & 0xF]);
                put(HEX[c >> 4 & 0xF]);
                put(HEX[c & 0xF]);
            }
        }
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[size++] = (byte) s.charAt(i);
        }
    }

    private void put(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
