package uk.nhs.eia.cluster;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings the engine's timers forward so they are due now, as the passing of days would, and checks afterwards that
 * each ran exactly once across the cluster: once in the engine's job log, and once in what a person sees (the
 * record's history, their notifications, a review task, a daily run).
 */
final class Timers {

    /** Timer jobs made due at one moment, and what running each once should leave behind. */
    record BroughtForward(String what, Timestamp at, List<String> jobIds) {
    }

    private final RestartablePostgres database;
    private final List<BroughtForward> brought = new ArrayList<>();
    private final List<Long> reminded = new ArrayList<>();
    private Timestamp remindedAt;
    private Timestamp reviewsAt;
    private Timestamp dailyAt;

    Timers(RestartablePostgres database) {
        this.database = database;
    }

    /** The reminder and escalation of each parked assessment's screening step. */
    BroughtForward remindersAndEscalations(List<Long> assessmentIds) throws SQLException {
        reminded.addAll(assessmentIds);
        BroughtForward timers = bringForward("reminders and escalations", """
                update act_ru_job set duedate_ = now() where handler_type_ = 'timer-transition' and process_instance_id_ in
                  (select process_instance_id from eia_assessment where id = any(?)) returning id_, now()""",
                (Object) assessmentIds.toArray(Long[]::new));
        remindedAt = remindedAt == null ? timers.at() : remindedAt;
        return timers;
    }

    /** The review-date timers of some published assessments. */
    BroughtForward reviewDates(int howMany) throws SQLException {
        BroughtForward timers = bringForward("review dates", """
                update act_ru_job set duedate_ = now() where id_ in (select j.id_ from act_ru_job j
                  join act_ru_jobdef d on d.id_ = j.job_def_id_ where d.act_id_ = 'ReviewDateReached' limit ?)
                returning id_, now()""", howMany);
        if (!timers.jobIds().isEmpty()) {
            reviewsAt = timers.at();
        }
        return timers;
    }

    /** The daily follow-up, the hourly removal of expired sessions and the engine's nightly history clean-up. */
    BroughtForward dailyAndNightlyRuns() throws SQLException {
        BroughtForward timers = bringForward("follow-up, session and history clean-ups", """
                update act_ru_job set duedate_ = now() where process_def_key_ in ('eia-follow-up', 'eia-expired-sessions')
                  or handler_type_ = 'history-cleanup' returning id_, now()""");
        dailyAt = timers.at();
        return timers;
    }

    /** Waits until every job brought forward has run (or failed for good), up to {@code limit}. */
    boolean awaitRun(Duration limit) throws SQLException, InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (stillDue() == 0) {
                return true;
            }
            Thread.sleep(2000);
        }
        return false;
    }

    /** A job brought forward that a node's job executor has taken, and which executor that is. */
    record Lock(String jobId, String owner) {
    }

    /** A successful run of a job, on which node and when. */
    record Run(String jobId, String node, Instant at) {
    }

    /** The jobs brought forward that are locked just now. */
    List<Lock> locksNow() throws SQLException {
        return perJob("select id_, lock_owner_ from act_ru_job where id_ = any(?) and lock_exp_time_ > now()", allJobIds(),
                row -> new Lock(row.getString(1), row.getString(2)));
    }

    /** Of {@code locks}, those still held by the same owner now. */
    List<Lock> stillHeld(List<Lock> locks) throws SQLException {
        List<Lock> now = locksNow();
        return locks.stream().filter(now::contains).toList();
    }

    /** The successful runs of these jobs. */
    List<Run> runsOf(List<String> jobIds) throws SQLException {
        return perJob("select job_id_, hostname_, timestamp_ from act_hi_job_log where job_id_ = any(?) and job_state_ = 2",
                jobIds, row -> new Run(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant()));
    }

    /** Of these jobs, those waiting for a later time: moved, not run and not lost. */
    List<String> waitingForLater(List<String> jobIds) throws SQLException {
        return perJob("select id_ from act_ru_job where id_ = any(?) and duedate_ > now() and retries_ > 0", jobIds,
                row -> row.getString(1));
    }

    /** One row of a query over jobs. */
    private interface Row<T> {
        T of(ResultSet row) throws SQLException;
    }

    /** Each row of {@code sql}, whose one parameter is the jobs' ids. */
    private <T> List<T> perJob(String sql, List<String> jobIds, Row<T> row) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("varchar", jobIds.toArray()));
            List<T> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(row.of(rows));
                }
            }
            return found;
        }
    }

    void check(Report report) throws SQLException {
        try (Connection connection = database.connect()) {
            for (BroughtForward timers : brought) {
                ranOnce(report, connection, timers);
            }
            whatPeopleSee(report, connection);
            report.check(count(connection, "select count(*) from act_ru_job where retries_ = 0") == 0,
                    "no job has run out of retries");
            report.check(count(connection, "select count(*) from act_ru_incident") == 0, "no incident is open in the engine");
        }
    }

    private void whatPeopleSee(Report report, Connection connection) throws SQLException {
        if (!reminded.isEmpty()) {
            for (String type : List.of("REMINDER", "ESCALATED")) {
                report.check(countPer(connection, """
                        select count(*) from eia_assessment a where a.id = any(?) and (select count(*) from eia_audit_event e
                          where e.assessment_id = a.id and e.type = ? and e.occurred_at >= ?) = 1""", type, remindedAt)
                        == reminded.size(), "%s: recorded exactly once on each of the %d parked assessments' history", type,
                        reminded.size());
            }
            report.check(countPer(connection, """
                    select count(*) from eia_assessment a where a.id = any(?) and (select count(*) from eia_notification n
                      where n.subject like '%' || a.reference || '%' and n.created_at >= ? and n.subject like ?) = 1""",
                    remindedAt, "Reminder:%") == reminded.size(), "reminders: each author told exactly once");
        }
        if (reviewsAt != null) {
            long reviews = count(connection, "select count(*) from act_hi_taskinst where task_def_key_ = 'Review'");
            long reviewInstances = count(connection,
                    "select count(distinct proc_inst_id_) from act_hi_taskinst where task_def_key_ = 'Review'");
            report.check(reviews == reviewInstances && reviews > 0,
                    "review dates: %d review steps opened, one per assessment whose review date came", reviews);
        }
        if (dailyAt != null) {
            for (String process : List.of("eia-follow-up", "eia-expired-sessions")) {
                try (PreparedStatement query = connection.prepareStatement(
                        "select count(*) from act_hi_procinst where proc_def_key_ = ? and start_time_ >= ?")) {
                    query.setString(1, process);
                    query.setTimestamp(2, Timestamp.from(dailyAt.toInstant().minusSeconds(1)));
                    long runs = single(query);
                    report.check(runs == 1, "%s: ran %d time(s) after its timer came due (expected once)", process, runs);
                }
            }
        }
    }

    /** A count over the reminded assessments, with the given further parameters. */
    private long countPer(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("bigint", reminded.toArray()));
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 2, parameters[i]);
            }
            return single(query);
        }
    }

    /**
     * Each job ran once since it was brought forward, or was moved by the engine to a later time without running: a
     * node starting up moves the history clean-up back to its nightly window, whatever its due date was.
     */
    private void ranOnce(Report report, Connection connection, BroughtForward timers) throws SQLException {
        Timestamp since = Timestamp.from(timers.at().toInstant().minusSeconds(1));
        long once = 0;
        long moved = 0;
        long failures = 0;
        List<String> hosts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select j.id, count(l.id_) filter (where l.job_state_ = 2), count(l.id_) filter (where l.job_state_ = 1),
                       string_agg(l.hostname_, ',') filter (where l.job_state_ = 2),
                       exists (select 1 from act_ru_job r where r.id_ = j.id and r.duedate_ > now())
                from unnest(?) as j(id) left join act_hi_job_log l on l.job_id_ = j.id and l.timestamp_ >= ?
                group by j.id""")) {
            query.setArray(1, connection.createArrayOf("varchar", timers.jobIds().toArray()));
            query.setTimestamp(2, since);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    once += rows.getLong(2) == 1 ? 1 : 0;
                    moved += rows.getLong(2) == 0 && rows.getBoolean(5) ? 1 : 0;
                    failures += rows.getLong(3);
                    if (rows.getString(4) != null) {
                        hosts.add(rows.getString(4));
                    }
                }
            }
        }
        report.check(once + moved == timers.jobIds().size(), "%s: %d of %d timer jobs ran exactly once (run by %s; %d "
                + "failed attempts retried)%s", timers.what(), once, timers.jobIds().size(), tally(hosts), failures,
                moved == 0 ? "" : "; %d moved by the engine to a later time, not run".formatted(moved));
    }

    private static String tally(List<String> hosts) {
        return hosts.stream().collect(java.util.stream.Collectors.groupingBy(host -> host, java.util.TreeMap::new,
                java.util.stream.Collectors.counting())).toString();
    }

    private BroughtForward bringForward(String what, String update, Object... parameters) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(update)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                statement.setObject(i + 1, parameter instanceof Object[] values ? array(connection, values) : parameter);
            }
            List<String> ids = new ArrayList<>();
            Timestamp at = null;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                    at = rows.getTimestamp(2);
                }
            }
            BroughtForward timers = new BroughtForward(what, at == null ? new Timestamp(System.currentTimeMillis()) : at, ids);
            brought.add(timers);
            return timers;
        }
    }

    private long stillDue() throws SQLException {
        long due = 0;
        try (Connection connection = database.connect()) {
            for (BroughtForward timers : brought) {
                try (PreparedStatement query = connection.prepareStatement(
                        "select count(*) from act_ru_job where id_ = any(?) and duedate_ <= ? and retries_ > 0")) {
                    query.setArray(1, connection.createArrayOf("varchar", timers.jobIds().toArray()));
                    query.setTimestamp(2, timers.at());
                    due += single(query);
                }
            }
        }
        return due;
    }

    private List<String> allJobIds() {
        return brought.stream().flatMap(timers -> timers.jobIds().stream()).toList();
    }

    private static Array array(Connection connection, Object[] values) throws SQLException {
        return connection.createArrayOf(values instanceof Long[] ? "bigint" : "varchar", values);
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            return single(query);
        }
    }

    private static long single(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

}
