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

    /** The last non-blank line and what it says. */
    record LastLine(String text, AuditLine.Parsed parsed) {}

    private static final int TAIL_BLOCK = 8192;

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

    /**
     * The last non-blank line of the file and what it says; null for a missing or empty file. Read from the end,
     * a block at a time: the trail grows by thousands of lines a day and this runs at every start's first login.
     */
    LastLine lastLine() throws IOException {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = in.size();
            byte[] tail = new byte[0];
            while (start > 0) {
                int n = (int) Math.min(TAIL_BLOCK, start);
                start -= n;
                ByteBuffer block = ByteBuffer.allocate(n + tail.length);
                block.limit(n);
                while (block.hasRemaining()) {
                    if (in.read(block, start + block.position()) < 0) {
                        throw new IOException(file + " was cut short while being read");
                    }
                }
                block.limit(block.capacity());
                block.put(tail);
                tail = block.array();
                // bytes before the first line break may be the end of a line that starts further back
                int from = start == 0 ? 0 : indexOfLineBreak(tail) + 1;
                if (from > 0 || start == 0) {
                    String last = new String(tail, from, tail.length - from, StandardCharsets.UTF_8).lines()
                            .filter(line -> !line.isBlank()).reduce((first, second) -> second).orElse(null);
                    if (last != null) {
                        return new LastLine(last, AuditLine.parse(last));
                    }
                }
            }
            return null;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** The number of the last non-blank line: the whole file read, for a trail whose last line carries no number. */
    long lastLineNumber() throws IOException {
        long number = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long n = 0;
            for (String line; (line = in.readLine()) != null; ) {
                n++;
                if (!line.isBlank()) {
                    number = n;
                }
            }
        } catch (NoSuchFileException e) {
            return 0;
        }
        return number;
    }

    private static int indexOfLineBreak(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                return i;
            }
        }
        return -1;
    }
}
