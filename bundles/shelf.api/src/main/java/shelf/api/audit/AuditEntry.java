package shelf.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change as recorded.
 *
 * @param time when
 * @param user who ("system" for changes nobody typed, such as a file dropped into deploy/)
 * @param command what was done ("import", "review:approve", "feature:install")
 * @param objects ids of what it touched ("batch:3", "product:m1/SPU-1", "feature:importers")
 * @param before digest (or state) of the object before, empty when it did not exist
 * @param after digest (or state) after, empty when it is gone
 * @param detail a short note ("pre-review → approved", "50 products")
 */
public record AuditEntry(Instant time, String user, String command, List<String> objects, String before,
        String after, String detail) {

    public AuditEntry {
        user = user == null ? "" : user;
        command = command == null ? "" : command;
        objects = objects == null ? List.of() : List.copyOf(objects);
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        detail = detail == null ? "" : detail;
    }

    /** An entry of now. */
    public static AuditEntry of(String user, String command, List<String> objects, String before, String after,
            String detail) {
        return new AuditEntry(Instant.now(), user, command, objects, before, after, detail);
    }
}
