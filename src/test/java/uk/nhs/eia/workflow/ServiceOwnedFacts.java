package uk.nhs.eia.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything about one case that only the service may change, read straight from the database: the record, its
 * submissions and shares; the engine's executions, steps (assignee, name, description, dates), who is offered them,
 * variables (author, decision-maker, the link to the record, answers), timers; the audit chain; and who exists and
 * what they are granted. Two snapshots are equal when nothing of it changed.
 */
final class ServiceOwnedFacts {

    private final JdbcClient jdbc;

    ServiceOwnedFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Object> of(String processInstanceId, long assessmentId) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("record", rows("select * from eia_assessment where id = ?", assessmentId));
        facts.put("submissions", rows("select id, step, submitted_by from eia_step_submission where assessment_id = ? order by id", assessmentId));
        facts.put("shares", rows("select * from eia_assessment_share where assessment_id = ? order by username", assessmentId));
        facts.put("executions", rows("select * from ACT_RU_EXECUTION where PROC_INST_ID_ = ? order by ID_", processInstanceId));
        facts.put("steps", rows("select * from ACT_RU_TASK where PROC_INST_ID_ = ? order by ID_", processInstanceId));
        facts.put("offered to", rows("""
                select l.* from ACT_RU_IDENTITYLINK l join ACT_RU_TASK t on l.TASK_ID_ = t.ID_
                where t.PROC_INST_ID_ = ? order by l.ID_""", processInstanceId));
        facts.put("variables", rows("select * from ACT_RU_VARIABLE where PROC_INST_ID_ = ? order by ID_", processInstanceId));
        facts.put("timers", rows("select * from ACT_RU_JOB where PROCESS_INSTANCE_ID_ = ? order by ID_", processInstanceId));
        facts.putAll(audit());
        facts.put("people", rows("select ID_, REV_, FIRST_, LAST_, EMAIL_, PWD_ from ACT_ID_USER order by ID_"));
        facts.put("groups", rows("select * from ACT_ID_GROUP order by ID_"));
        facts.put("memberships", rows("select * from ACT_ID_MEMBERSHIP order by USER_ID_, GROUP_ID_"));
        facts.put("grants", rows("select * from ACT_RU_AUTHORIZATION order by ID_"));
        facts.put("process definitions", rows("select ID_, SUSPENSION_STATE_, HISTORY_TTL_ from ACT_RE_PROCDEF order by ID_"));
        return facts;
    }

    /** The end of the audit chain: an event added moves it, and nothing else may. */
    Map<String, Object> audit() {
        return Map.of("audit", rows("select chain_seq, hash from eia_audit_event order by chain_seq desc fetch first 1 rows only"));
    }

    List<Map<String, Object>> auditEventsAfter(Object chainSeq, String type) {
        return rows("select * from eia_audit_event where chain_seq > ? and type = ? order by chain_seq", chainSeq, type);
    }

    private List<Map<String, Object>> rows(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query().listOfRows();
    }
}
