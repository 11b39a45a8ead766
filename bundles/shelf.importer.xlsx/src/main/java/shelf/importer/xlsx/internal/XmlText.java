package shelf.importer.xlsx.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of the current XML event as UTF-8 bytes, with the five predefined entities and character
 * references decoded. Any other entity reference can only come from a DTD, which the scanner refuses,
 * so meeting one is refused too.
 */
final class XmlText {
    private final String part;
    private byte[] text = new byte[256];
    private int textLength;

    XmlText(String part) {
        this.part = part;
    }

    byte[] bytes() {
        return text;
    }

    int length() {
        return textLength;
    }

    void clear() {
        textLength = 0;
    }

    void append(byte[] buf, int from, int to) {
        int length = to - from;
        ensureText(length);
        System.arraycopy(buf, from, text, textLength, length);
        textLength += length;
    }

    void decode(byte[] buf, int from, int to) throws IOException {
        int i = from;
        while (i < to) {
            int amp = i;
            while (amp < to && buf[amp] != '&') {
                amp++;
            }
            append(buf, i, amp);
            if (amp == to) {
                return;
            }
            int semi = amp + 1;
            while (semi < to && buf[semi] != ';' && semi - amp < 12) {
                semi++;
            }
            if (semi >= to || buf[semi] != ';') {
                throw new MalformedXmlException(part, "is garbled: it has an '&' that starts no character");
            }
            appendEntity(new String(buf, amp + 1, semi - amp - 1, StandardCharsets.US_ASCII));
            i = semi + 1;
        }
    }

    private void appendEntity(String name) throws IOException {
        int codePoint;
        switch (name) {
            case "lt" -> codePoint = '<';
            case "gt" -> codePoint = '>';
            case "amp" -> codePoint = '&';
            case "quot" -> codePoint = '"';
            case "apos" -> codePoint = '\'';
            default -> {
                if (!name.startsWith("#")) {
                    throw new UnsafeXmlException(part);
                }
                try {
                    codePoint = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                } catch (NumberFormatException e) {
                    throw new MalformedXmlException(part, "is garbled: it has a character code '&" + name + ";' that is no number");
                }
                if (!Character.isValidCodePoint(codePoint)) {
                    throw new MalformedXmlException(part, "is garbled: it has a character code '&" + name + ";' that stands for no character");
                }
            }
        }
        byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        ensureText(utf8.length);
        System.arraycopy(utf8, 0, text, textLength, utf8.length);
        textLength += utf8.length;
    }

    private void ensureText(int more) {
        if (textLength + more > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + more));
        }
    }
}
