package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import uk.nhs.eia.audit.AuditHash;

/**
 * Seals the audit events written before the trail was a hash chain, once, in the order they were written: each
 * becomes an assessment event in the chain, with no state hashes, as nothing recorded the state then.
 */
public class V15__Seal_existing_audit_events extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String previous = AuditHash.GENESIS;
        long seq = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "select id, assessment_id, occurred_at, actor, type, summary from eia_audit_event order by id");
                PreparedStatement seal = connection.prepareStatement("""
                        update eia_audit_event set occurred_at = ?, subject_type = 'assessment', subject_id = ?, chain_seq = ?,
                            previous_hash = ?, hash = ? where id = ?""");
                ResultSet events = select.executeQuery()) {
            while (events.next()) {
                long assessmentId = events.getLong(2);
                Long assessment = events.wasNull() ? null : assessmentId;
                Instant occurredAt = events.getTimestamp(3).toInstant().truncatedTo(ChronoUnit.MICROS);
                seq++;
                String hash = AuditHash.of(previous, seq, occurredAt, events.getString(4), events.getString(5), assessment,
                        "assessment", assessment == null ? null : assessment.toString(), null, null, events.getString(6));
                seal.setTimestamp(1, java.sql.Timestamp.from(occurredAt));
                seal.setString(2, assessment == null ? null : assessment.toString());
                seal.setLong(3, seq);
                seal.setString(4, previous);
                seal.setString(5, hash);
                seal.setLong(6, events.getLong(1));
                seal.executeUpdate();
                previous = hash;
            }
        }
        try (PreparedStatement head = connection.prepareStatement(
                "update eia_audit_chain_head set last_seq = ?, last_hash = ? where id = 1")) {
            head.setLong(1, seq);
            head.setString(2, previous);
            head.executeUpdate();
        }
    }
}
