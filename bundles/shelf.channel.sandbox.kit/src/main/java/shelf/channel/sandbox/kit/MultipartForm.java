package shelf.channel.sandbox.kit;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Reads a multipart/form-data body into text fields and the names of its file fields — all a simulator
 * needs: the files' bytes are not kept, only that they came.
 */
public final class MultipartForm {
    private MultipartForm() {}

    public static void read(String contentType, byte[] body, Map<String, String> fields, Set<String> files) {
        read(contentType, body, fields, files, bytes -> { });
    }

    /** @param fileBytes told the bytes of each file part */
    public static void read(String contentType, byte[] body, Map<String, String> fields, Set<String> files,
            java.util.function.Consumer<byte[]> fileBytes) {
        int at = contentType.indexOf("boundary=");
        if (at < 0) {
            return;
        }
        String boundary = "--" + contentType.substring(at + "boundary=".length()).replace("\"", "").trim();
        // ISO-8859-1 keeps every byte as one char, so binary parts survive the split; text is re-decoded as UTF-8
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : text.split(java.util.regex.Pattern.quote(boundary))) {
            int headEnd = part.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                continue;
            }
            String head = part.substring(0, headEnd);
            String name = between(head, "name=\"", "\"");
            if (name == null) {
                continue;
            }
            String value = part.substring(headEnd + 4);
            if (value.endsWith("\r\n")) {
                value = value.substring(0, value.length() - 2);
            }
            if (head.contains("filename=\"")) {
                files.add(name);
                fileBytes.accept(value.getBytes(StandardCharsets.ISO_8859_1));
                continue;
            }
            fields.put(name, new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        if (from < 0) {
            return null;
        }
        from += start.length();
        int to = text.indexOf(end, from);
        return to < 0 ? null : text.substring(from, to);
    }
}
