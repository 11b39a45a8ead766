package shelf.security.internal.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import shelf.api.audit.AuditCheck;
import shelf.security.internal.audit.AuditLine.Kind;
import shelf.security.internal.audit.AuditLine.Parsed;

/**
 * Checks audit.log line by line (MAC, number, link to the line before) and then its end against the head the
 * catalogue keeps, and says in one sentence what it found. Each way of tampering gets its own sentence,
 * because "line 17 was changed" and "12 lines were cut from the end" call for different questions.
 */
final class AuditChain {
    private final Path file;
    private final Path keyFile;
    private final AuditKey key;
    private final String keyProblem;
    private final boolean headKept;
    private final Optional<AuditHead> head;

    /**
     * @param key the key, or null when it cannot be used (then {@code keyProblem} says why)
     * @param headKept false only outside the framework, with no catalogue to hold the head
     */
    AuditChain(Path file, Path keyFile, AuditKey key, String keyProblem, boolean headKept, Optional<AuditHead> head) {
        this.file = file;
        this.keyFile = keyFile;
        this.key = key;
        this.keyProblem = keyProblem;
        this.headKept = headKept;
        this.head = head;
    }

    AuditCheck check() throws IOException {
        long headSeq = head.map(AuditHead::seq).orElse(0L);
        if (!Files.exists(file)) {
            return head.isPresent() ? bad(0, 1, "audit.log is missing; the catalogue's head is line " + headSeq
                    + ": the whole trail was deleted") : new AuditCheck(0, 0, "audit.log is intact: no changes recorded yet");
        }
        if (head.isPresent() && key != null && !head.get().keyId().equals(key.id())) {
            return bad(0, 1, "audit.log was written with another key than " + keyFile + " (the catalogue's head "
                    + "names key " + head.get().keyId() + ", this one is " + key.id() + "): the key was replaced");
        }
        int lineNo = 0;
        int plain = 0;
        long lastSeq = 0;
        String lastValue = AuditLine.FIRST_PREV;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                Parsed p = AuditLine.parse(line);
                boolean keyedBefore = lastSeq > 0;
                if (p.kind() == Kind.NOT_AN_ENTRY) {
                    return bad(lineNo, lineNo, "audit.log line " + lineNo + " is not an audit entry (no MAC at the end)");
                }
                if (p.kind() == Kind.PLAIN) {
                    if (keyedBefore) {
                        return bad(lineNo, lineNo, "audit.log line " + lineNo + " has no MAC though the lines before "
                                + "it are keyed: it was written or rewritten without the key");
                    }
                    if (!AuditLine.sha256(p.signed()).equals(p.value())) {
                        return bad(lineNo, lineNo, "audit.log line " + lineNo
                                + " changed after it was written (its hash does not match)");
                    }
                    plain++;
                } else {
                    if (key == null) {
                        return bad(lineNo, lineNo, keyProblem);
                    }
                    if (!key.mac(p.signed()).equals(p.value())) {
                        return bad(lineNo, lineNo, "audit.log line " + lineNo
                                + " changed after it was written (its MAC does not match)");
                    }
                    long expected = keyedBefore ? lastSeq + 1 : lineNo;
                    if (p.seq() > expected && lineNo == 1) {
                        // every later session logs in (an audited line) before it can verify: an emptied or
                        // deleted trail shows up as one that starts late
                        return bad(lineNo, lineNo, "audit.log begins at entry " + p.seq() + ": "
                                + (p.seq() == 2 ? "entry 1 was" : "entries " + range(1, p.seq() - 1) + " were")
                                + " removed — the file was emptied or deleted, then written to again");
                    }
                    if (p.seq() > expected) {
                        return bad(lineNo, lineNo, "audit.log line " + lineNo + " is entry " + p.seq() + ": "
                                + (p.seq() - expected == 1 ? "entry " + expected + " before it was"
                                        : "entries " + range(expected, p.seq() - 1) + " before it were") + " removed");
                    }
                    if (p.seq() < expected) {
                        return bad(lineNo, lineNo, "audit.log line " + lineNo + " repeats entry " + p.seq()
                                + " (a line was copied or moved)");
                    }
                    lastSeq = p.seq();
                }
                if (!p.prev().equals(lastValue)) {
                    return bad(lineNo, lineNo, "audit.log line " + lineNo
                            + " does not follow the line before it (a line before it was changed or removed)");
                }
                lastValue = p.value();
            }
        }
        return end(lineNo, plain, lastSeq, lastValue);
    }

    /** The lines all hold together; now their end against the head. */
    private AuditCheck end(int lines, int plain, long lastSeq, String lastValue) {
        int keyed = lines - plain;
        if (lines == 0) {
            return head.isPresent() ? bad(0, 1, "audit.log is empty; the catalogue's head is line " + head.get().seq()
                    + ": the whole trail was emptied") : new AuditCheck(0, 0, "audit.log is intact: no changes recorded yet");
        }
        if (head.isEmpty()) {
            if (keyed > 0 && headKept) {
                return bad(lines, plain + 1, "audit.log has keyed lines from line " + (plain + 1) + " on, but the "
                        + "catalogue holds no head for them: the catalogue was replaced or restored from a backup older "
                        + "than the trail");
            }
            if (keyed == 0) {
                return new AuditCheck(lines, 0, "audit.log is intact as far as can be told: " + lines(lines)
                        + " from before the audit key (plain SHA-256, which whoever can write the file can recompute); "
                        + "the next change starts the keyed part");
            }
        } else {
            AuditHead h = head.get();
            if (keyed == 0) {
                return bad(lines, 1, "audit.log has no keyed lines, but the catalogue's head is line " + h.seq()
                        + ": the file was rewritten without the key (hashes recomputed) or replaced by an older copy");
            }
            if (lastSeq < h.seq()) {
                return bad(lines, lines + 1, "audit.log ends at line " + lastSeq + " but the catalogue's head is line "
                        + h.seq() + ": " + lines(h.seq() - lastSeq) + (h.seq() - lastSeq == 1 ? " was" : " were")
                        + " cut from the end");
            }
            if (lastSeq > h.seq()) {
                return bad(lines, (int) (h.seq() + 1), "audit.log goes on past the catalogue's head (line " + h.seq()
                        + ") to line " + lastSeq + ": " + (lastSeq == h.seq() + 1 ? "line " + lastSeq + " was"
                        : "lines " + range(h.seq() + 1, lastSeq) + " were") + " added without the "
                        + "catalogue (was the catalogue restored from an older backup?)");
            }
            if (!lastValue.equals(h.mac())) {
                return bad(lines, lines, "audit.log line " + lastSeq + " is not the line the catalogue's head records "
                        + "(its MAC differs): the trail was rewritten");
            }
        }
        String end = headKept ? "the last is the catalogue's head" : "no catalogue head to compare the end with";
        if (plain == 0) {
            return new AuditCheck(lines, 0, "audit.log is intact: " + lines(lines)
                    + ", each keyed (HMAC-SHA256) and chained to the one before; " + end);
        }
        return new AuditCheck(lines, 0, "audit.log is intact: " + lines(lines) + "; lines " + range(1, plain)
                + " are from before the audit key (plain SHA-256: they hold together, but whoever could write the file "
                + "could have rewritten them), lines " + range(plain + 1, lines) + " are keyed; " + end);
    }

    private static AuditCheck bad(int lines, long firstBadLine, String message) {
        return new AuditCheck(lines, (int) firstBadLine, message);
    }

    private static String lines(long n) {
        return n == 1 ? "1 line" : n + " lines";
    }

    private static String range(long from, long to) {
        return from == to ? String.valueOf(from) : from + "-" + to;
    }
}
