package shelf.schedule.internal;

import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import shelf.api.catalog.CatalogException;
import shelf.api.publish.PublishRequest;
import shelf.api.schedule.ScheduledPublish;
import shelf.api.schedule.ScheduledPublish.State;
import shelf.catalog.spi.CatalogTables;

/** The publish_schedule table. */
final class ScheduleRecords {
    private static final Gson GSON = new Gson();
    private static final Type STRINGS = new TypeToken<List<String>>() {}.getType();
    private static final String COLUMNS = "id, due_at, batch_id, spu_codes, channels, requested_by, reason, state, "
            + "fired_at, outcome";

    private final CatalogTables tables;

    ScheduleRecords(CatalogTables tables) {
        this.tables = tables;
    }

    ScheduledPublish insert(PublishRequest request, Instant due, String reason) throws CatalogException {
        Instant at = due.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        try (Connection c = tables.connect(); PreparedStatement s = c.prepareStatement("INSERT INTO publish_schedule "
                + "(due_at, batch_id, spu_codes, channels, requested_by, reason, state, created_at, outcome) "
                + "VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, '')", Statement.RETURN_GENERATED_KEYS)) {
            s.setObject(1, at.atOffset(ZoneOffset.UTC));
            if (request.batchId() == null) {
                s.setNull(2, Types.BIGINT);
            } else {
                s.setLong(2, request.batchId());
            }
            s.setString(3, GSON.toJson(request.spuCodes()));
            s.setString(4, GSON.toJson(request.channels()));
            s.setString(5, request.requestedBy());
            s.setString(6, reason);
            s.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return new ScheduledPublish(keys.getLong(1), at, request, reason, State.PENDING, null, "");
            }
        } catch (SQLException e) {
            throw tables.failure("store a scheduled publish in", e);
        }
    }

    List<ScheduledPublish> pending() throws CatalogException {
        return select(" WHERE state = 'PENDING' ORDER BY due_at, id");
    }

    /**
     * The pending schedules no node is firing now: never claimed, or claimed before {@code staleBefore} by a node
     * that did not finish (it died while firing).
     */
    List<ScheduledPublish> unclaimed(Instant staleBefore) throws CatalogException {
        return select(" WHERE state = 'PENDING' AND (fired_at IS NULL OR fired_at < ?) ORDER BY due_at, id",
                staleBefore.atOffset(ZoneOffset.UTC));
    }

    /**
     * Claims a pending schedule for this node to fire: true for one node only, however many read it as due at
     * the same moment (one UPDATE of one row, which the database does for one transaction at a time).
     */
    boolean claim(long id, Instant now, Instant staleBefore) throws CatalogException {
        try (Connection c = tables.connect(); PreparedStatement s = c.prepareStatement("UPDATE publish_schedule SET "
                + "fired_at = ? WHERE id = ? AND state = 'PENDING' AND (fired_at IS NULL OR fired_at < ?)")) {
            s.setObject(1, now.atOffset(ZoneOffset.UTC));
            s.setLong(2, id);
            s.setObject(3, staleBefore.atOffset(ZoneOffset.UTC));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw tables.failure("claim a scheduled publish in", e);
        }
    }

    List<ScheduledPublish> all() throws CatalogException {
        return select(" ORDER BY CASE state WHEN 'PENDING' THEN 0 ELSE 1 END, due_at, id");
    }

    Optional<ScheduledPublish> find(long id) throws CatalogException {
        return select(" WHERE id = " + id).stream().findFirst();
    }

    /** Cancels a pending schedule no node is firing; false when it was no longer pending or is firing now. */
    boolean cancel(long id, String outcome) throws CatalogException {
        try (Connection c = tables.connect(); PreparedStatement s = c.prepareStatement("UPDATE publish_schedule SET "
                + "state = 'CANCELLED', outcome = ? WHERE id = ? AND state = 'PENDING' AND fired_at IS NULL")) {
            s.setString(1, outcome);
            s.setLong(2, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw tables.failure("update a scheduled publish in", e);
        }
    }

    /** Moves a pending schedule to {@code state}; false when it was no longer pending. */
    boolean finish(long id, State state, Instant firedAt, String outcome) throws CatalogException {
        try (Connection c = tables.connect(); PreparedStatement s = c.prepareStatement(
                "UPDATE publish_schedule SET state = ?, fired_at = ?, outcome = ? WHERE id = ? AND state = 'PENDING'")) {
            s.setString(1, state.name());
            s.setObject(2, firedAt == null ? null : firedAt.atOffset(ZoneOffset.UTC));
            s.setString(3, outcome);
            s.setLong(4, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw tables.failure("update a scheduled publish in", e);
        }
    }

    private List<ScheduledPublish> select(String where, Object... parameters) throws CatalogException {
        try (Connection c = tables.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM publish_schedule" + where)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return rows(s);
        } catch (SQLException e) {
            throw tables.failure("read the scheduled publishes from", e);
        }
    }

    private static List<ScheduledPublish> rows(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            List<ScheduledPublish> found = new ArrayList<>();
            while (rs.next()) {
                long batch = rs.getLong(3);
                Long batchId = rs.wasNull() ? null : batch;
                PublishRequest request = new PublishRequest(batchId, GSON.fromJson(rs.getString(4), STRINGS),
                        GSON.fromJson(rs.getString(5), STRINGS), rs.getString(6));
                OffsetDateTime fired = rs.getObject(9, OffsetDateTime.class);
                found.add(new ScheduledPublish(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), request,
                        rs.getString(7), State.valueOf(rs.getString(8)), fired == null ? null : fired.toInstant(),
                        rs.getString(10)));
            }
            return found;
        }
    }
}
