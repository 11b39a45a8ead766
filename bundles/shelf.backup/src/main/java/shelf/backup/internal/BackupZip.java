package shelf.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The backup file: a zip of the home's files under their paths in the home, and last {@value #MANIFEST}, the
 * SHA-256 of each in sha256sum's format (so an unpacked backup also checks with {@code sha256sum -c}).
 */
final class BackupZip implements AutoCloseable {
    static final String MANIFEST = "manifest.sha256";

    private final ZipOutputStream zip;
    private final List<String> sums = new ArrayList<>();
    private long bytes;

    BackupZip(Path file) throws IOException {
        zip = new ZipOutputStream(Files.newOutputStream(file));
    }

    /** Adds one entry, written by {@code content}. */
    void add(String path, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest sha = sha256();
        Counting counted = new Counting(zip);
        content.writeTo(new DigestOutputStream(counted, sha));
        zip.closeEntry();
        bytes += counted.count;
        sums.add(HexFormat.of().formatHex(sha.digest()) + "  " + path);
    }

    void addFile(String path, Path file) throws IOException {
        add(path, out -> Files.copy(file, out));
    }

    void addStream(String path, InputStream in) throws IOException {
        add(path, in::transferTo);
    }

    int files() {
        return sums.size();
    }

    long bytes() {
        return bytes;
    }

    /** Writes the manifest, {@code header} lines first as comments. */
    void finish(List<String> header) throws IOException {
        StringBuilder text = new StringBuilder();
        header.forEach(line -> text.append("# ").append(line).append('\n'));
        sums.forEach(line -> text.append(line).append('\n'));
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Counts what goes through, and leaves the zip open when an entry's writer closes its stream. */
    private static final class Counting extends OutputStream {
        private final OutputStream out;
        long count;

        Counting(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() {
            // the zip's entry is closed by BackupZip
        }
    }
}
