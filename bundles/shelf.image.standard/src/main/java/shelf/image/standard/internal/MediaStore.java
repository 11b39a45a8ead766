package shelf.image.standard.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import shelf.api.media.ImageOutput;
import shelf.api.media.ImageProfile;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/**
 * Processed images under SHELF_HOME/media, named by the SHA-256 of their bytes ({@code media/ab/abcd….webp}),
 * and an index of files ({@code media/index/12/1234….json}) keyed by the SHA-256 of the source's bytes and
 * the profile, so the same photo under any name, in any batch, is processed once per profile. Files are
 * written to a temporary name and moved into place: a crash leaves no half-written entry behind.
 */
final class MediaStore {
    /** Bumped when the processing changes what an output looks like, so old outputs are not reused. */
    private static final String PIPELINE = "standard/1";
    private static final Gson GSON = new Gson();

    /** An output in the store, as the index records it. */
    record Stored(String sha256, String path, String format, int width, int height, long bytes, int quality,
            List<StoredFinding> findings) {

        /** The findings, with the source's file name put back into each message. */
        List<Finding> findings(String fileName) {
            List<Finding> out = new ArrayList<>();
            for (StoredFinding f : findings == null ? List.<StoredFinding>of() : findings) {
                out.add(new Finding(f.code, Severity.valueOf(f.severity), "", "", "", "", null,
                        f.message.replace(NAME, fileName), ImageProblem.SOURCE));
            }
            return out;
        }
    }

    record StoredFinding(String code, String severity, String message) {}

    private static final String NAME = "{file}";

    private final Path root;

    MediaStore(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[256 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(byte[] data) {
        return HexFormat.of().formatHex(digest().digest(data));
    }

    /** The index key of a source (by its bytes' hash) processed for a profile. */
    static String key(String sourceSha, ImageProfile profile) {
        return sha256((sourceSha + "\n" + profile + "\n" + PIPELINE).getBytes(StandardCharsets.UTF_8));
    }

    Optional<Stored> lookup(String key) {
        Path entry = indexFile(key);
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try (Reader in = Files.newBufferedReader(entry, StandardCharsets.UTF_8)) {
            Stored stored = GSON.fromJson(in, Stored.class);
            if (stored == null || stored.path == null || !Files.isRegularFile(root.resolve(stored.path))) {
                return Optional.empty(); // the output was deleted by hand: processed again
            }
            return Optional.of(stored);
        } catch (IOException | JsonParseException broken) {
            return Optional.empty();
        }
    }

    Stored put(String key, ImageOutput output, String fileName) throws IOException {
        String sha = sha256(output.data());
        String relative = sha.substring(0, 2) + "/" + sha + "." + (output.format().equals("jpeg") ? "jpg" : output.format());
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            write(file, output.data());
        }
        List<StoredFinding> findings = new ArrayList<>();
        for (Finding f : output.findings()) {
            findings.add(new StoredFinding(f.code(), f.severity().name(), f.message().replace(fileName, NAME)));
        }
        Stored stored = new Stored(sha, relative, output.format(), output.width(), output.height(), output.data().length,
                output.quality(), findings);
        write(indexFile(key), GSON.toJson(stored).getBytes(StandardCharsets.UTF_8));
        return stored;
    }

    /** Writes a JSON document under the media folder ("batches/3.json"), replacing the old one whole. */
    void writeJson(String relative, Object document) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".", ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            new com.google.gson.GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(document, out);
        }
        move(temp, file);
    }

    private Path indexFile(String key) {
        return root.resolve("index").resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    private static void write(Path file, byte[] data) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".", ".tmp");
        Files.write(temp, data);
        move(temp, file);
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notHere) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
