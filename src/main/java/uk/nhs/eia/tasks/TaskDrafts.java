package uk.nhs.eia.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormValidator;
import uk.nhs.eia.forms.FormValidator.Check;
import uk.nhs.eia.forms.FormValidator.Validation;

/**
 * Answers saved part-way through a step, on the server, so they survive a closed browser or a restart. A draft is
 * checked for types and sizes only; completeness is checked when the step is submitted.
 */
@Service
public class TaskDrafts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final TaskForms forms;
    private final FormValidator validator;
    private final Clock clock;
    private final TaskList tasks;

    TaskDrafts(JdbcClient jdbc, TaskForms forms, FormValidator validator, Clock clock, TaskList tasks) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.forms = forms;
        this.validator = validator;
        this.clock = clock;
    }

    /** Saves or replaces this person's draft of the task, or refuses it naming each field to fix. */
    @Transactional
    public void save(String taskId, String username, Map<String, Object> answers) {
        FormDefinition form = forms.formOf(taskId);
        Validation validation = validator.validate(form, answers, Map.of(), Check.DRAFT);
        if (!validation.valid()) {
            throw new DraftRefused(validation.errors());
        }
        String json = write(answers);
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update eia_task_draft set answers = ?, saved_at = ? where task_id = ? and username = ?")
                .params(json, now, taskId, username).update();
        if (updated == 0) {
            jdbc.sql("insert into eia_task_draft (task_id, username, answers, saved_at) values (?, ?, ?, ?)")
                    .params(taskId, username, json, now).update();
        }
    }

    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> find(String taskId, String username) {
        return jdbc.sql("select answers from eia_task_draft where task_id = ? and username = ?")
                .params(taskId, username).query(String.class).optional().map(TaskDrafts::read);
    }

    /**
     * The steps this person has saved drafts of that are still open, the latest saved first; a draft of a step that
     * ended without being submitted (its case withdrawn) is not left on the list.
     */
    @Transactional(readOnly = true)
    public List<SavedDraft> savedBy(String username) {
        Map<String, Instant> savedAt = jdbc.sql(
                        "select task_id, saved_at from eia_task_draft where username = ? order by saved_at desc limit 50")
                .param(username)
                .query((row, n) -> Map.entry(row.getString(1), row.getTimestamp(2).toInstant())).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first, LinkedHashMap::new));
        Map<String, OpenTask> open = tasks.stillOpen(savedAt.keySet()).stream()
                .collect(Collectors.toMap(OpenTask::id, task -> task));
        return savedAt.entrySet().stream().filter(draft -> open.containsKey(draft.getKey()))
                .map(draft -> new SavedDraft(open.get(draft.getKey()), draft.getValue())).toList();
    }

    /**
     * The old author's drafts of these tasks become the new author's, so a handover loses no work; where the new
     * author has a draft of their own already, as a co-author, theirs is kept.
     */
    @Transactional
    public void handOver(List<String> taskIds, String from, String to) {
        for (String taskId : taskIds) {
            jdbc.sql("""
                    update eia_task_draft set username = ? where task_id = ? and username = ?
                    and not exists (select 1 from eia_task_draft mine where mine.task_id = ? and mine.username = ?)""")
                    .params(to, taskId, from, taskId, to).update();
        }
    }

    /** Drafts end with their task: once the step is submitted, what counts is the submission. */
    @Transactional
    public void discardAll(String taskId) {
        jdbc.sql("delete from eia_task_draft where task_id = ?").param(taskId).update();
    }

    private static String write(Map<String, Object> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Answers that cannot be written as JSON", e);
        }
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored draft is not valid JSON", e);
        }
    }
}
