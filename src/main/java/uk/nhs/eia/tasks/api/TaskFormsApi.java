package uk.nhs.eia.tasks.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentSummary;
import uk.nhs.eia.tasks.TaskCompletion;
import uk.nhs.eia.tasks.TaskDrafts;
import uk.nhs.eia.tasks.TaskForms;

/** A step's form, its draft and its completion, for clients of the JSON API. */
@RestController
@RequestMapping("/api/tasks/{taskId}")
class TaskFormsApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskForms forms;
    private final TaskDrafts drafts;
    private final TaskCompletion completion;
    private final AssessmentService assessments;

    TaskFormsApi(TaskForms forms, TaskDrafts drafts, TaskCompletion completion, AssessmentService assessments) {
        this.forms = forms;
        this.drafts = drafts;
        this.completion = completion;
        this.assessments = assessments;
    }

    /** The form-js schema and the person's draft, if they saved one. */
    @GetMapping("/form")
    TaskForm form(@PathVariable String taskId, Principal person) throws JsonProcessingException {
        completion.stepNameFor(taskId, person.getName());
        return new TaskForm(JSON.readTree(forms.schemaOf(taskId)), drafts.find(taskId, person.getName()).orElse(Map.of()));
    }

    @PutMapping("/draft")
    ResponseEntity<Void> saveDraft(@PathVariable String taskId, @RequestBody Answers body, Principal person) {
        completion.stepNameFor(taskId, person.getName());
        drafts.save(taskId, person.getName(), body.data() == null ? Map.of() : body.data());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/complete")
    ResponseEntity<AssessmentSummary> complete(@PathVariable String taskId, @RequestBody Answers body, Principal person) {
        Long assessmentId = completion.complete(taskId, person.getName(), body.data() == null ? Map.of() : body.data());
        return assessmentId == null ? ResponseEntity.status(HttpStatus.OK).build()
                : ResponseEntity.ok(assessments.find(assessmentId).map(AssessmentSummary::of).orElse(null));
    }

    record Answers(Map<String, Object> data) {
    }

    record TaskForm(JsonNode schema, Map<String, Object> data) {
    }
}
