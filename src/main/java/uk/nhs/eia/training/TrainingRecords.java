package uk.nhs.eia.training;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.training.TrainingRefused.RowError;

/**
 * Training sessions and completions. A completion expires {@link TrainingSettings#validForYears()} after it; a
 * person is trained while their latest completion has not expired. Every change writes an audit event.
 */
@Service
@Transactional
public class TrainingRecords {

    static final Set<String> FORMATS = Set.of("in-person", "online", "e-learning");
    private static final RowMapper<TrainingSession> SESSION = (rs, n) -> new TrainingSession(rs.getLong(1),
            rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7),
            rs.getInt(8));
    private static final RowMapper<Completion> COMPLETION = (rs, n) -> new Completion(rs.getLong(1),
            (Long) rs.getObject(2, Long.class), rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(),
            rs.getDate(6).toLocalDate(), rs.getBoolean(7));

    private final JdbcClient jdbc;
    private final TrainingSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    TrainingRecords(JdbcClient jdbc, TrainingSettings settings, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws TrainingRefused naming each field to fix
     */
    public TrainingSession createSession(NewSession session, String by) {
        List<RowError> errors = new ArrayList<>();
        if (blank(session.title()) || session.title().length() > 200) {
            errors.add(new RowError(0, "title", "Enter the title of the session, up to 200 characters"));
        }
        if (session.heldOn() == null) {
            errors.add(new RowError(0, "heldOn", "Enter the date the session was held, like 2026-04-01"));
        }
        if (blank(session.trainer()) || session.trainer().length() > 200) {
            errors.add(new RowError(0, "trainer", "Enter who ran the session, up to 200 characters"));
        }
        if (session.format() == null || !FORMATS.contains(session.format())) {
            errors.add(new RowError(0, "format", "Choose the format: in-person, online or e-learning"));
        }
        if (session.lengthMinutes() == null || session.lengthMinutes() < 15 || session.lengthMinutes() > 1440) {
            errors.add(new RowError(0, "lengthMinutes", "Enter the length in minutes, from 15 to 1440"));
        }
        if (session.capacity() == null || session.capacity() < 1 || session.capacity() > 1000) {
            errors.add(new RowError(0, "capacity", "Enter how many people the session was for, from 1 to 1000"));
        }
        if (!errors.isEmpty()) {
            throw new TrainingRefused(errors);
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into eia_training_session (title, held_on, trainer, format, length_minutes, capacity, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(session.title().strip(), Date.valueOf(session.heldOn()), session.trainer().strip(), session.format(),
                        session.lengthMinutes(), session.capacity(), Timestamp.from(clock.instant()))
                .update(keys, "id");
        Long id = keys.getKeyAs(Long.class);
        audit.record(new AuditSubject("training-session", id.toString(), null, session.toString()), "TRAINING_SESSION_ADDED",
                "%s added the training session \"%s\" held on %s".formatted(by, session.title().strip(), session.heldOn()));
        return session(id);
    }

    @Transactional(readOnly = true)
    public List<TrainingSession> sessions() {
        return jdbc.sql(SESSIONS + " group by s.id, s.title, s.held_on, s.trainer, s.format, s.length_minutes, s.capacity"
                + " order by s.held_on desc, s.id desc").query(SESSION).list();
    }

    @Transactional(readOnly = true)
    public TrainingSession session(Long id) {
        return jdbc.sql(SESSIONS + " where s.id = ? group by s.id, s.title, s.held_on, s.trainer, s.format,"
                        + " s.length_minutes, s.capacity").param(id).query(SESSION).optional()
                .orElseThrow(() -> new TrainingSessionNotFound(id));
    }

    @Transactional(readOnly = true)
    public List<Completion> completionsAt(Long sessionId) {
        return jdbc.sql(COMPLETIONS + " where session_id = ? order by coalesce(username, external_name)")
                .param(sessionId).query(COMPLETION).list();
    }

    /** Whether the person's training is current today: their completion that runs longest has not expired. */
    @Transactional(readOnly = true)
    public TrainingStatus statusOf(String username) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ENGLAND);
        return jdbc.sql(COMPLETIONS + " where username = ? order by expires_on desc, id desc fetch first 1 rows only")
                .param(username).query(COMPLETION).optional()
                .map(latest -> new TrainingStatus(!latest.expiresOn().isBefore(today), latest.completedOn(), latest.expiresOn()))
                .orElse(new TrainingStatus(false, null, null));
    }

    /** Everyone who signs in whose training is current on {@code day}, as {@link #statusOf} decides it. */
    @Transactional(readOnly = true)
    public Set<String> trainedOn(LocalDate day) {
        return Set.copyOf(jdbc.sql("select username from eia_training_completion where username is not null"
                + " group by username having max(expires_on) >= ?").param(Date.valueOf(day)).query(String.class).list());
    }

    /**
     * People who sign in whose current training runs out between the two days (inclusive), soonest first, each with
     * the completion that runs out.
     */
    @Transactional(readOnly = true)
    public List<Expiring> expiringBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select c.id, c.username, c.expires_on from eia_training_completion c
                        where c.username is not null and c.expires_on between ? and ?
                        and c.id = (select max(o.id) from eia_training_completion o where o.username = c.username
                            and o.expires_on = (select max(l.expires_on) from eia_training_completion l
                                where l.username = c.username))
                        order by c.expires_on, c.username""")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new Expiring(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate())).list();
    }

    /** Keeps completions that have been checked, as one change; see {@link DelegateImport}. */
    void keep(Long sessionId, List<DelegateImport.Row> rows, String by) {
        for (DelegateImport.Row row : rows) {
            jdbc.sql("""
                            insert into eia_training_completion (session_id, username, external_name, completed_on, expires_on,
                                may_train, recorded_by, recorded_at, person, session_ref) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(sessionId, row.username(), row.externalName(), Date.valueOf(row.completedOn()),
                            Date.valueOf(row.completedOn().plusYears(settings.validForYears())), row.mayTrain(), by,
                            Timestamp.from(clock.instant()), person(row.username(), row.externalName()),
                            sessionId == null ? 0 : sessionId)
                    .update();
            String who = row.username() != null ? row.username() : row.externalName();
            audit.record(new AuditSubject("training", who, null, row.toString()), "TRAINING_RECORDED",
                    "%s recorded that %s completed EIA training on %s".formatted(by, who, row.completedOn()));
        }
    }

    /** Whether this person already has a completion on that day at that session (or with no session). */
    @Transactional(readOnly = true)
    boolean alreadyRecorded(Long sessionId, String username, String externalName, LocalDate completedOn) {
        return jdbc.sql("select count(*) from eia_training_completion where person = ? and completed_on = ? and session_ref = ?")
                .params(person(username, externalName), Date.valueOf(completedOn), sessionId == null ? 0 : sessionId)
                .query(Long.class).single() > 0;
    }

    private static String person(String username, String externalName) {
        return username != null ? username : "external:" + externalName;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static final String SESSIONS = "select s.id, s.title, s.held_on, s.trainer, s.format, s.length_minutes,"
            + " s.capacity, count(c.id) from eia_training_session s left join eia_training_completion c on c.session_id = s.id";
    private static final String COMPLETIONS = "select id, session_id, username, external_name, completed_on, expires_on,"
            + " may_train from eia_training_completion";

    /** Someone's training that runs out on {@code expiresOn}, by the completion that gave it. */
    public record Expiring(long completionId, String username, LocalDate expiresOn) {
    }

    /** A session as an administrator enters it. */
    public record NewSession(String title, LocalDate heldOn, String trainer, String format, Integer lengthMinutes,
            Integer capacity) {
    }
}
