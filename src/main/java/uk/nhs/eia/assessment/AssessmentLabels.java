package uk.nhs.eia.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a task list names the assessment each task belongs to. One plain query for a page of tasks: loading the
 * entities by a list of processes made Hibernate translate the query afresh for every list, which cost more than
 * the rest of a task list under load (BENCHMARKS.md).
 */
@Service
@Transactional(readOnly = true)
public class AssessmentLabels {

    private final JdbcClient jdbc;

    AssessmentLabels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assessments of these process instances, by process instance; a process with none is left out. */
    public Map<String, Label> byProcessInstance(List<String> processInstanceIds) {
        Map<String, Label> labels = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return labels;
        }
        jdbc.sql("select process_instance_id, id, reference, title from eia_assessment where process_instance_id in (:ids)")
                .param("ids", processInstanceIds)
                .query((row, n) -> Map.entry(row.getString(1), new Label(row.getLong(2), row.getString(3), row.getString(4))))
                .list()
                .forEach(label -> labels.put(label.getKey(), label.getValue()));
        return labels;
    }

    public record Label(Long id, String reference, String title) {
    }
}
