package uk.nhs.eia.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What must hold after the run, whatever happened to the nodes: every step answered with success is there, in the
 * engine and in the record, and as the API shows it; no case is left with nothing to wait for; the record and the
 * engine agree; nothing was recorded twice; the audit chain verifies.
 */
final class Afterwards {

    private static final String AUDITOR = "auditor";

    private final RestartablePostgres database;
    private final Api api;
    private final Report report;

    Afterwards(RestartablePostgres database, Api api, Report report) {
        this.database = database;
        this.api = api;
        this.report = report;
    }

    void check(Acknowledged acknowledged) throws SQLException {
        List<Acknowledged.Start> starts = acknowledged.starts();
        List<Acknowledged.Completion> completions = acknowledged.completions();
        report.note("Acknowledged: %d assessments started, %d steps completed", starts.size(), completions.size());
        try (Connection connection = database.connect()) {
            Set<Long> started = starts.stream().map(Acknowledged.Start::assessmentId).collect(Collectors.toSet());
            Set<Long> kept = ids(connection, "select id from eia_assessment where id = any(?)", started);
            report.check(kept.containsAll(started), "every acknowledged start is on the register (%d of %d)",
                    started.stream().filter(kept::contains).count(), started.size());

            Set<String> ended = strings(connection, "select id_ from act_hi_taskinst where id_ = any(?) and end_time_ is not null",
                    completions.stream().map(Acknowledged.Completion::taskId).toList());
            long inEngine = completions.stream().filter(step -> ended.contains(step.taskId())).count();
            report.check(inEngine == completions.size(), "every acknowledged step is completed in the engine (%d of %d)",
                    inEngine, completions.size());

            Set<String> recorded = strings(connection, "select assessment_id || '/' || step_key from eia_step_run "
                    + "where outcome = 'COMPLETED' and assessment_id = any(?)", List.copyOf(started));
            long inRecord = completions.stream().filter(step -> recorded.contains(step.assessmentId() + "/" + step.stepKey()))
                    .count();
            report.check(inRecord == completions.size(), "every acknowledged step is on the assessment's record (%d of %d)",
                    inRecord, completions.size());

            report.check(Timers.count(connection, """
                    select count(*) from (select assessment_id, step_key from eia_step_run where outcome = 'COMPLETED'
                      group by assessment_id, step_key, assessment_version having count(*) > 1) twice""") == 0,
                    "no step was recorded as completed twice");
            noCaseLeftWaitingForNothing(connection);
            recordAndEngineAgree(connection);
            report.note("Sessions kept in the database: %d", Timers.count(connection, "select count(*) from spring_session"));
        }
        asTheApiShowsIt(completions);
        auditChainVerifies();
    }

    private void noCaseLeftWaitingForNothing(Connection connection) throws SQLException {
        Set<String> stuck = strings(connection, """
                select e.proc_inst_id_ from act_ru_execution e where e.id_ = e.proc_inst_id_
                  and not exists (select 1 from act_ru_task t where t.proc_inst_id_ = e.proc_inst_id_)
                  and not exists (select 1 from act_ru_job j where j.process_instance_id_ = e.proc_inst_id_)""", null);
        long running = Timers.count(connection, "select count(*) from act_ru_execution where id_ = proc_inst_id_");
        report.check(stuck.isEmpty(), "no running case is without a task or a job (%d running, stuck: %s)", running, stuck);
    }

    private void recordAndEngineAgree(Connection connection) throws SQLException {
        long openWithoutProcess = Timers.count(connection, """
                select count(*) from eia_assessment a where a.status in ('IN_PROGRESS', 'PUBLISHED', 'REVIEW_DUE')
                  and not exists (select 1 from act_ru_execution e where e.proc_inst_id_ = a.process_instance_id)""");
        long closedWithProcess = Timers.count(connection, """
                select count(*) from eia_assessment a where a.status in ('SCREENED_OUT', 'REJECTED', 'WITHDRAWN')
                  and exists (select 1 from act_ru_execution e where e.proc_inst_id_ = a.process_instance_id)""");
        report.check(openWithoutProcess == 0 && closedWithProcess == 0, "the record and the engine agree on every case "
                + "(%d open on the record without a process, %d closed with one)", openWithoutProcess, closedWithProcess);
    }

    private void asTheApiShowsIt(List<Acknowledged.Completion> completions) {
        long shown = 0;
        List<String> missing = new ArrayList<>();
        for (Long id : completions.stream().map(Acknowledged.Completion::assessmentId).distinct().toList()) {
            Api.Answer record = api.getAnswered(AUDITOR, "/api/assessments/" + id);
            Set<String> done = new HashSet<>();
            if (record.ok()) {
                record.json().get("stepRuns").forEach(run -> {
                    if ("COMPLETED".equals(run.path("outcome").asText())) {
                        done.add(run.get("stepKey").asText());
                    }
                });
            }
            for (Acknowledged.Completion step : completions) {
                if (step.assessmentId() == id) {
                    if (done.contains(step.stepKey())) {
                        shown++;
                    } else {
                        missing.add(id + "/" + step.stepKey());
                    }
                }
            }
        }
        report.check(missing.isEmpty(), "the API shows every acknowledged step as completed (%d of %d; missing %s)", shown,
                completions.size(), missing.stream().limit(10).toList());
    }

    private void auditChainVerifies() {
        Api.Answer verified = api.getAnswered(AUDITOR, "/api/audit/verify");
        JsonNode verification = verified.ok() ? verified.json() : null;
        report.check(verification != null && verification.get("valid").asBoolean(),
                "the audit chain verifies (GET /api/audit/verify as an auditor: %s)", verified.ok() ? verified.body()
                        : verified.status() + " " + verified.body());
    }

    private static Set<Long> ids(Connection connection, String sql, Set<Long> ids) throws SQLException {
        Set<Long> found = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
        }
        return found;
    }

    /** The first column of each row; {@code values}, when given, is the query's one parameter, as an array. */
    private static Set<String> strings(Connection connection, String sql, List<?> values) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (values != null) {
                boolean numbers = !values.isEmpty() && values.get(0) instanceof Long;
                query.setArray(1, connection.createArrayOf(numbers ? "bigint" : "varchar", values.toArray()));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }
}
