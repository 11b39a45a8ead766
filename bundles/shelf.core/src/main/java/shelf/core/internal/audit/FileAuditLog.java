package shelf.core.internal.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import shelf.api.audit.AuditCheck;
import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.core.internal.framework.ShelfProperties;

/**
 * SHELF_HOME/data/audit.log, one {@link AuditLine} per line, appended and forced to disk under a lock. The
 * hash of the last line is read once at start and then kept.
 */
@Component(service = AuditLog.class)
public class FileAuditLog implements AuditLog {
    private static final System.Logger LOG = System.getLogger(FileAuditLog.class.getName());

    private Path file;
    private String lastHash;

    @Activate
    void activate(BundleContext context) {
        open(new ShelfProperties(context).home().resolve("data").resolve("audit.log"));
    }

    /** For tests and tools outside the framework. */
    public void open(Path auditFile) {
        this.file = auditFile;
        this.lastHash = null;
    }

    @Override
    public synchronized void append(AuditEntry entry) {
        try {
            if (lastHash == null) {
                lastHash = readLastHash();
            }
            String line = AuditLine.write(entry, lastHash);
            Files.createDirectories(file.getParent());
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(false);
            }
            lastHash = AuditLine.declaredHash(line);
        } catch (IOException | RuntimeException e) {
            // the change itself is done; losing its record is logged loudly, and audit:verify will not hide it
            LOG.log(Level.ERROR, "could not append to the audit log " + file + ": " + entry, e);
            lastHash = null;
        }
    }

    @Override
    public List<AuditEntry> tail(String user, Instant since, int limit) throws IOException {
        Deque<AuditEntry> kept = new ArrayDeque<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                AuditEntry e;
                try {
                    e = AuditLine.read(line);
                } catch (RuntimeException unreadable) {
                    continue; // audit:verify names it
                }
                if ((user == null || user.isEmpty() || e.user().equals(user))
                        && (since == null || !e.time().isBefore(since))) {
                    kept.addLast(e);
                    if (limit > 0 && kept.size() > limit) {
                        kept.removeFirst();
                    }
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return new ArrayList<>(kept);
    }

    @Override
    public synchronized AuditCheck verify() throws IOException {
        String prev = AuditLine.FIRST_PREV;
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                String problem = AuditLine.problem(line, prev);
                if (problem != null) {
                    return new AuditCheck(lineNo, lineNo, problem);
                }
                prev = AuditLine.declaredHash(line);
            }
        } catch (NoSuchFileException e) {
            return new AuditCheck(0, 0, "");
        }
        return new AuditCheck(lineNo, 0, "");
    }

    private String readLastHash() throws IOException {
        if (!Files.exists(file)) {
            return AuditLine.FIRST_PREV;
        }
        String last = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    last = line;
                }
            }
        }
        String hash = last == null ? null : AuditLine.declaredHash(last);
        // a damaged last line: chain on to its text's hash, so verify still points at the damage
        return last == null ? AuditLine.FIRST_PREV : hash != null ? hash : AuditLine.sha256(last);
    }
}
