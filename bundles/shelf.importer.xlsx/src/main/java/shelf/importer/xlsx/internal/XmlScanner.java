package shelf.importer.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A pull scanner over the UTF-8 bytes of one xlsx part. The sheet and shared-strings parts are most of
 * an import's work, and a general StAX or SAX parser spends it building strings nobody reads; this one
 * hands out byte ranges and decodes only what the caller asks for.
 *
 * <p>It is safe by construction: a DOCTYPE is refused (so no entity can be declared, expanded or
 * fetched), only the five predefined entities and character references are decoded, and a token may
 * not outgrow {@link #MAX_TOKEN}. Element names are compared by local name, so prefixed parts
 * ({@code <x:c>}) read the same. Ranges returned stay valid until the next call to {@link #next}.
 */
final class XmlScanner {
    static final int EOF = 0;
    static final int START = 1;
    static final int END = 2;
    static final int TEXT = 3;

    /** No tag or text run in an xlsx part comes near this; a longer one is a broken or hostile file. */
    static final int MAX_TOKEN = 64 << 20;

    private final InputStream in;
    private final String part;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long consumed;

    private int nameStart;
    private int nameEnd;
    private int attrStart;
    private int attrEnd;
    private boolean pendingEnd;
    private int cursor;
    private int attributeNameStart;
    private int attributeNameLength;

    private final XmlText text;
    private int valueStart;
    private int valueEnd;

    XmlScanner(InputStream in, String part) {
        this.in = in;
        this.part = part;
        this.text = new XmlText(part);
    }

    /** Bytes of the part consumed so far, for progress. */
    long consumed() {
        return consumed + pos;
    }

    int next() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            return END;
        }
        while (true) {
            if (pos >= limit && !fill(1)) {
                return EOF;
            }
            if (buf[pos] != '<') {
                if (scanText()) {
                    return TEXT;
                }
                continue;
            }
            if (!fill(2)) {
                throw malformed("breaks off in the middle");
            }
            byte second = buf[pos + 1];
            if (second == '/') {
                scanEndTag();
                return END;
            } else if (second == '?') {
                skipPast(new byte[] {'?', '>'});
            } else if (second == '!') {
                if (scanBang()) {
                    return TEXT;
                }
            } else {
                scanStartTag();
                return START;
            }
        }
    }

    /** Whether the current START or END element's local name is {@code name}. */
    boolean is(byte[] name) {
        int length = nameEnd - nameStart;
        if (length != name.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buf[nameStart + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Steps to the next attribute of the current START element, the one pass a hot loop makes over them:
     * then {@link #attributeName} and {@link #valueStart()}..{@link #valueEnd()} describe it.
     */
    boolean nextAttribute() {
        int i = cursor;
        while (i < attrEnd && isSpace(buf[i])) {
            i++;
        }
        int start = i;
        while (i < attrEnd && buf[i] != '=' && !isSpace(buf[i])) {
            i++;
        }
        attributeNameStart = start;
        attributeNameLength = i - start;
        while (i < attrEnd && buf[i] != '"' && buf[i] != '\'') {
            i++;
        }
        if (i >= attrEnd) {
            cursor = attrEnd;
            return false;
        }
        byte quote = buf[i++];
        valueStart = i;
        while (i < attrEnd && buf[i] != quote) {
            i++;
        }
        valueEnd = i;
        cursor = i + 1;
        return true;
    }

    /** The current attribute's name if it is one byte long (r, s, t), else 0. */
    byte attributeName() {
        return attributeNameLength == 1 ? buf[attributeNameStart] : 0;
    }

    /**
     * Finds an unprefixed attribute of the current START element; its raw value is then
     * {@link #valueStart()}..{@link #valueEnd()} of {@link #buffer()}.
     */
    boolean attribute(byte[] name) throws IOException {
        int i = attrStart;
        while (i < attrEnd) {
            while (i < attrEnd && isSpace(buf[i])) {
                i++;
            }
            int start = i;
            while (i < attrEnd && buf[i] != '=' && !isSpace(buf[i])) {
                i++;
            }
            int end = i;
            while (i < attrEnd && buf[i] != '"' && buf[i] != '\'') {
                i++;
            }
            if (i >= attrEnd) {
                return false;
            }
            byte quote = buf[i++];
            int value = i;
            while (i < attrEnd && buf[i] != quote) {
                i++;
            }
            if (end - start == name.length && equals(start, name)) {
                valueStart = value;
                valueEnd = i;
                return true;
            }
            i++;
        }
        return false;
    }

    /** The current attribute value with entities decoded. */
    String attributeValue() throws IOException {
        text.clear();
        text.decode(buf, valueStart, valueEnd);
        return new String(text.bytes(), 0, text.length(), StandardCharsets.UTF_8);
    }

    byte[] buffer() {
        return buf;
    }

    int valueStart() {
        return valueStart;
    }

    int valueEnd() {
        return valueEnd;
    }

    /** The current TEXT event's bytes, entities decoded: {@link #text()}[0..{@link #textLength()}). */
    byte[] text() {
        return text.bytes();
    }

    int textLength() {
        return text.length();
    }

    String part() {
        return part;
    }

    private boolean scanText() throws IOException {
        int i = pos;
        boolean entity = false;
        while (true) {
            if (i >= limit) {
                int offset = i - pos;
                if (!fill(offset + 1)) {
                    i = limit;
                    break;
                }
                i = pos + offset;
            }
            byte b = buf[i];
            if (b == '<') {
                break;
            }
            if (b == '&') {
                entity = true;
            }
            i++;
        }
        text.clear();
        if (entity) {
            text.decode(buf, pos, i);
        } else {
            text.append(buf, pos, i);
        }
        pos = i;
        return text.length() > 0;
    }

    private void scanStartTag() throws IOException {
        int end = tagEnd();
        int i = pos + 1;
        int start = i;
        while (i < end && !isSpace(buf[i]) && buf[i] != '/') {
            if (buf[i] == ':') {
                start = i + 1;
            }
            i++;
        }
        nameStart = start;
        nameEnd = i;
        attrStart = i;
        cursor = i;
        pendingEnd = buf[end - 1] == '/';
        attrEnd = pendingEnd ? end - 1 : end;
        pos = end + 1;
    }

    private void scanEndTag() throws IOException {
        int end = tagEnd();
        int start = pos + 2;
        int i = start;
        while (i < end && !isSpace(buf[i])) {
            if (buf[i] == ':') {
                start = i + 1;
            }
            i++;
        }
        nameStart = start;
        nameEnd = i;
        pos = end + 1;
    }

    /** Comments are skipped, CDATA is text, and anything else after {@code <!} is a DOCTYPE: refused. */
    private boolean scanBang() throws IOException {
        fill(9);
        if (startsWith("<!--")) {
            skipPast(new byte[] {'-', '-', '>'});
            return false;
        }
        if (startsWith("<![CDATA[")) {
            int end = indexOf(new byte[] {']', ']', '>'}, 9);
            text.clear();
            text.append(buf, pos + 9, pos + end);
            pos += end + 3;
            return text.length() > 0;
        }
        throw new UnsafeXmlException(part);
    }

    /** Index of the '>' closing the tag at pos, outside quoted attribute values. */
    private int tagEnd() throws IOException {
        int i = pos + 1;
        byte quote = 0;
        while (true) {
            if (i >= limit) {
                int offset = i - pos;
                if (!fill(offset + 1)) {
                    throw malformed("breaks off in the middle");
                }
                i = pos + offset;
            }
            byte b = buf[i];
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '>') {
                return i;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '<') {
                throw malformed("is garbled");
            }
            i++;
        }
    }

    private void skipPast(byte[] marker) throws IOException {
        pos += indexOf(marker, 2) + marker.length;
    }

    /** Offset from pos of marker, searching from offset from. */
    private int indexOf(byte[] marker, int from) throws IOException {
        int i = from;
        while (true) {
            if (!fill(i + marker.length)) {
                throw malformed("breaks off in the middle");
            }
            boolean found = true;
            for (int k = 0; k < marker.length; k++) {
                if (buf[pos + i + k] != marker[k]) {
                    found = false;
                    break;
                }
            }
            if (found) {
                return i;
            }
            i++;
        }
    }

    private boolean startsWith(String marker) {
        if (limit - pos < marker.length()) {
            return false;
        }
        for (int k = 0; k < marker.length(); k++) {
            if (buf[pos + k] != marker.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Makes at least n bytes available from pos; false at the end of the part. */
    private boolean fill(int n) throws IOException {
        while (limit - pos < n) {
            if (eof) {
                return false;
            }
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                consumed += pos;
                limit -= pos;
                pos = 0;
            }
            if (limit == buf.length) {
                if (buf.length >= MAX_TOKEN) {
                    throw malformed("holds a single piece of text longer than " + (MAX_TOKEN >> 20) + " MB");
                }
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            int read = in.read(buf, limit, buf.length - limit);
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
                skipByteOrderMark();
            }
        }
        return true;
    }

    private void skipByteOrderMark() throws IOException {
        if (consumed == 0 && pos == 0 && limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB
                && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        } else if (consumed == 0 && pos == 0 && limit >= 2 && ((buf[0] & 0xFF) == 0xFE || (buf[0] & 0xFF) == 0xFF)) {
            throw malformed("is not UTF-8 text, as every spreadsheet program writes it");
        }
    }

    private boolean equals(int start, byte[] name) {
        for (int k = 0; k < name.length; k++) {
            if (buf[start + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    MalformedXmlException malformed(String reason) {
        return new MalformedXmlException(part, reason);
    }
}
