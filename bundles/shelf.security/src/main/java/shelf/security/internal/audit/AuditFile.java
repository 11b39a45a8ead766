package shelf.security.internal.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/** audit.log as a file: appended and forced, kept private to its owner, its last line found. */
final class AuditFile {
    private static final System.Logger LOG = System.getLogger(AuditFile.class.getName());
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");
    private static final Set<OpenOption> APPEND = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);

    /** The last non-blank line, its number in the file and what it says. */
    record LastLine(String text, long number, AuditLine.Parsed parsed) {}

    private final Path file;

    AuditFile(Path file) {
        this.file = file;
    }

    /** Appends the lines and forces them to disk; a new file is made 0600. */
    void append(List<String> lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel out = FileChannel.open(file, APPEND, privateOnCreation())) {
            ByteBuffer bytes = ByteBuffer.wrap((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(false);
        }
    }

    /** An audit.log from before 0600 (0644, say) is narrowed to 0600; group read (0640) is left as the admin set it. */
    void keepPrivate() throws IOException {
        if (!posix() || !Files.exists(file)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.contains(PosixFilePermission.OTHERS_READ) || permissions.contains(PosixFilePermission.OTHERS_WRITE)
                || permissions.contains(PosixFilePermission.GROUP_WRITE)) {
            Files.setPosixFilePermissions(file, PRIVATE);
            LOG.log(Level.INFO, "{0} was {1}; it is rw------- now", file, PosixFilePermissions.toString(permissions));
        }
    }

    private static FileAttribute<?>[] privateOnCreation() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PRIVATE)} : new FileAttribute<?>[0];
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** The last non-blank line of the file, its number and what it says; null for a missing or empty file. */
    LastLine lastLine() throws IOException {
        String last = null;
        long number = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long n = 0;
            for (String line; (line = in.readLine()) != null; ) {
                n++;
                if (!line.isBlank()) {
                    last = line;
                    number = n;
                }
            }
        } catch (NoSuchFileException e) {
            return null;
        }
        return last == null ? null : new LastLine(last, number, AuditLine.parse(last));
    }

}
