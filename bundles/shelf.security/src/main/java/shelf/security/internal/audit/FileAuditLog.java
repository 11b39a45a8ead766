package shelf.security.internal.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditCheck;
import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.store.Database;
import shelf.api.runtime.ShelfHome;

/**
 * SHELF_HOME/data/audit.log (0600), one keyed {@link AuditLine} per line, appended and forced to disk under a
 * lock; after each line the catalogue's {@link AuditHead} moves to it. Where the chain goes on (number and
 * MAC) is read once, at the first append or verify: from the head, so that a file cut short or deleted
 * while Shelf was stopped is not quietly continued, or from the file's last line when there is no head yet.
 */
@Component(service = AuditLog.class)
public class FileAuditLog implements AuditLog {
    private static final System.Logger LOG = System.getLogger(FileAuditLog.class.getName());

    /** Taken at the first append or verify, not at activation: the catalogue opens when it is first needed. */
    @Reference
    ComponentServiceObjects<Database> catalogueService;

    private Path file;
    private Path keyFile;
    private Supplier<Database> catalogueSource;
    private Database catalogue;
    private AuditKey key;
    private String keyProblem;
    private boolean loaded;
    private long nextSeq;
    private String prev;

    /** Lines made but not yet on disk, the head they lead to, and how many were ever queued; guarded by this. */
    private final List<String> queued = new ArrayList<>();
    private AuditHead queuedHead;
    private long queuedCount;
    /** Held while lines go to disk, taken before this when both are needed; guards writtenCount. */
    private final Object flushing = new Object();
    private long writtenCount;

    @Activate
    void activate(BundleContext context) {
        Path home = ShelfHome.of(context);
        open(home.resolve("data").resolve("audit.log"), home.resolve("etc").resolve("audit.key"),
                () -> catalogueService.getService());
    }

    @Deactivate
    synchronized void deactivate() {
        if (catalogue != null && catalogueService != null) {
            catalogueService.ungetService(catalogue);
        }
        catalogue = null;
    }

    /** For tests and tools outside the framework: the key in ../etc/audit.key, no head kept. */
    public void open(Path auditFile) {
        Path data = auditFile.toAbsolutePath().getParent();
        open(auditFile, data.resolveSibling("etc").resolve("audit.key"), () -> null);
    }

    /** For tests and tools outside the framework, with the head kept in this catalogue. */
    public void open(Path auditFile, Path keyFile, Database catalogue) {
        open(auditFile, keyFile, () -> catalogue);
    }

    private synchronized void open(Path auditFile, Path keyFile, Supplier<Database> catalogue) {
        this.file = auditFile;
        this.keyFile = keyFile;
        this.catalogueSource = catalogue;
        this.catalogue = null;
        this.key = null;
        this.loaded = false;
    }

    @Override
    public void append(AuditEntry entry) {
        long ticket;
        synchronized (this) {
            try {
                load();
            } catch (IOException | RuntimeException e) {
                lost(List.of(entry.toString()), e);
                return;
            }
            String line = AuditLine.write(entry, nextSeq, prev, key);
            String mac = line.substring(line.length() - 66, line.length() - 2);
            queuedHead = new AuditHead(nextSeq, mac, key.id());
            nextSeq++;
            prev = mac;
            queued.add(line);
            ticket = ++queuedCount;
        }
        flush(ticket);
    }

    /**
     * Group commit: whoever gets here first writes every line queued so far with one force and one move of
     * the head; the threads whose lines it carried find them written and return. One appender alone pays
     * the same as before; several (channel workers publishing at once) share the disk's flushes.
     */
    private void flush(long ticket) {
        synchronized (flushing) {
            if (writtenCount >= ticket) {
                return;
            }
            List<String> lines;
            AuditHead head;
            long upTo;
            synchronized (this) {
                lines = List.copyOf(queued);
                queued.clear();
                head = queuedHead;
                upTo = queuedCount;
            }
            try {
                new AuditFile(file).append(lines);
                moveHead(head);
            } catch (IOException | RuntimeException e) {
                lost(lines, e);
                synchronized (this) {
                    loaded = false; // where the chain goes on is read again, from the head
                }
            }
            writtenCount = upTo;
        }
    }

    /** The change itself is done; losing its record is logged loudly, and audit:verify will not hide it. */
    private void lost(List<String> entries, Exception e) {
        LOG.log(Level.ERROR, "could not append to the audit log " + file + ": " + e.getMessage() + " — not recorded: "
                + String.join("\n", entries), e);
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
    public void whileQuiet(QuietWork work) throws IOException {
        // Lines reach the file and the head moves only under this lock, so inside it the two agree; appenders
        // may queue lines meanwhile, and the flush after the work writes them.
        synchronized (flushing) {
            work.run();
        }
    }

    @Override
    public AuditCheck verify() throws IOException {
        synchronized (flushing) { // every line appended so far is on disk
            synchronized (this) {
                return verifyWritten();
            }
        }
    }

    private AuditCheck verifyWritten() throws IOException {
        try {
            load(); // mends a head one line behind after a stop between the two writes
        } catch (IOException | RuntimeException e) {
            // a key that cannot be used: the check below says so in its own words
        }
        Database connections = catalogue();
        Optional<AuditHead> head;
        try {
            head = connections == null ? Optional.empty() : AuditHead.read(connections);
        } catch (CatalogException e) {
            return new AuditCheck(0, 1, "audit.log cannot be checked against its head: " + e.getMessage());
        }
        resolveKey(head, new AuditFile(file).lastLine());
        return new AuditChain(file, keyFile, key, keyProblem, connections != null, head).check();
    }

    /** Where the chain goes on; read once, again after a failed append. */
    private void load() throws IOException {
        if (loaded || !queued.isEmpty()) {
            return; // lines still queued go on from where they are: numbers are never handed out twice
        }
        Optional<AuditHead> head = Optional.empty();
        Database connections = catalogue();
        if (connections != null) {
            try {
                head = AuditHead.read(connections);
            } catch (CatalogException e) {
                // the file is the record that matters; verify will say the head fell behind
                LOG.log(Level.ERROR, "the audit trail goes on without its head: " + e.getMessage(), e);
            }
        }
        AuditFile.LastLine last = new AuditFile(file).lastLine();
        resolveKey(head, last);
        if (key == null) {
            throw new IOException(keyProblem);
        }
        if (head.isPresent()) {
            AuditHead h = caughtUp(head.get(), last);
            nextSeq = h.seq() + 1;
            prev = h.mac();
        } else if (last == null) {
            nextSeq = 1;
            prev = AuditLine.FIRST_PREV;
        } else {
            AuditLine.Parsed p = last.parsed();
            nextSeq = p.kind() == AuditLine.Kind.KEYED ? p.seq() + 1 : new AuditFile(file).lastLineNumber() + 1;
            // a damaged last line: chain on to its text's hash, so verify still points at the damage
            prev = p.kind() == AuditLine.Kind.NOT_AN_ENTRY ? AuditLine.sha256(last.text()) : p.value();
        }
        new AuditFile(file).keepPrivate();
        loaded = true;
    }

    /**
     * A stop between writing a line and moving the head leaves the file one line ahead; that line, keyed and
     * following the head, becomes the head. Anything else stays as found, for verify to name.
     */
    private AuditHead caughtUp(AuditHead head, AuditFile.LastLine last) {
        if (last == null || !head.keyId().equals(key.id())) {
            return head;
        }
        AuditLine.Parsed p = last.parsed();
        if (p.kind() == AuditLine.Kind.KEYED && p.seq() == head.seq() + 1 && p.prev().equals(head.mac())
                && key.mac(p.signed()).equals(p.value())) {
            AuditHead next = new AuditHead(p.seq(), p.value(), key.id());
            moveHead(next);
            LOG.log(Level.INFO, "the audit trail's head was one line behind audit.log (a stop between the two "
                    + "writes); it is at line {0} now", p.seq());
            return next;
        }
        return head;
    }

    private void moveHead(AuditHead head) {
        Database connections = catalogue();
        if (connections == null) {
            return;
        }
        try {
            head.write(connections);
        } catch (CatalogException e) {
            LOG.log(Level.ERROR, "audit.log line " + head.seq() + " is written, but the catalogue's head could not "
                    + "follow it: " + e.getMessage(), e);
        }
    }

    /** The key, created only when nothing was ever keyed: a key lost later is an error, not a fresh start. */
    private void resolveKey(Optional<AuditHead> head, AuditFile.LastLine last) {
        if (key != null) {
            return;
        }
        try {
            boolean keyedBefore = head.isPresent() || last != null && last.parsed().kind() == AuditLine.Kind.KEYED;
            if (Files.exists(keyFile) || keyedBefore) {
                key = AuditKey.read(keyFile);
            } else {
                key = AuditKey.create(keyFile);
                LOG.log(Level.INFO, "created the audit trail''s key {0} (0600): keep it with your backups", keyFile);
            }
            keyProblem = null;
        } catch (IOException e) {
            keyProblem = e.getMessage();
            LOG.log(Level.ERROR, "the audit trail''s key cannot be used: {0}", keyProblem);
        }
    }

    /** The database with the audit head's table, brought up to date on first use; null when there is none. */
    private synchronized Database catalogue() {
        if (catalogue == null) {
            Database found = catalogueSource.get();
            if (found != null) {
                try {
                    found.migrate("audit", AuditHead.class, AuditHead.SCHEMA);
                    catalogue = found;
                } catch (CatalogException e) {
                    LOG.log(Level.ERROR, "the audit head''s table cannot be brought up to date: {0}", e.getMessage());
                }
            }
        }
        return catalogue;
    }

}
