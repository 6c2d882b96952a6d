package uk.nhs.eia.tasks.api;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentSummary;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.people.People;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.StepRefused;
import uk.nhs.eia.tasks.TaskClaims;
import uk.nhs.eia.tasks.SavedDraft;
import uk.nhs.eia.tasks.TaskDrafts;
import uk.nhs.eia.tasks.TaskList;
import uk.nhs.eia.tasks.TaskReturns;

/** Task lists, claiming and returning, for clients of the JSON API. */
@RestController
@RequestMapping("/api/tasks")
class TasksApi {

    private final TaskDrafts drafts;
    private final TaskList tasks;
    private final TaskClaims claims;
    private final TaskReturns returns;
    private final People people;
    private final AssessmentService assessments;

    TasksApi(TaskList tasks, TaskClaims claims, TaskReturns returns, People people, AssessmentService assessments,
            TaskDrafts drafts) {
        this.drafts = drafts;
        this.tasks = tasks;
        this.claims = claims;
        this.returns = returns;
        this.people = people;
        this.assessments = assessments;
    }

    @Operation(summary = "Your tasks (scope=mine) or your teams' unclaimed tasks (scope=team)",
            description = "Soonest due first, at most 50.")
    @GetMapping
    List<OpenTask> list(@RequestParam(defaultValue = "mine") String scope, Principal person) {
        return switch (scope) {
            case "mine" -> tasks.assignedTo(person.getName());
            case "team" -> tasks.claimableBy(people.groupsOf(person.getName()));
            default -> throw new StepRefused(List.of(new FieldError("scope", "Scope must be mine or team")));
        };
    }

    @Operation(summary = "Your drafts", description = "The steps you have saved drafts of and not yet submitted, the "
            + "latest saved first, at most 50: [{task: as in the task list, savedAt}].")
    @GetMapping("/drafts")
    List<SavedDraft> drafts(Principal person) {
        return drafts.savedBy(person.getName());
    }

    @Operation(summary = "Claim a team task", description = "204; 409 when someone else holds it or it is done; "
            + "403 when it is not offered to your groups.")
    @PostMapping("/{taskId}/claim")
    ResponseEntity<Void> claim(@PathVariable String taskId, Principal person) {
        claims.claim(taskId, person.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Put a claimed task back in its team's queue")
    @PostMapping("/{taskId}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String taskId, Principal person) {
        claims.unclaim(taskId, person.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Return a review step to the author with a comment",
            description = "For the screening-out check, quality review and sign-off. toStep: evidence, impact or "
                    + "action-plan (leave it out for the screening-out check, which goes back to screening). "
                    + "200 with the assessment; 422 naming toStep or comment; 409 when the step cannot be returned.")
    @PostMapping("/{taskId}/return")
    AssessmentSummary returnStep(@PathVariable String taskId, @RequestBody Return body, Principal person) {
        Long id = returns.returnStep(taskId, person.getName(), body.toStep(), body.comment());
        return AssessmentSummary.of(assessments.find(id).orElseThrow());
    }

    record Return(String toStep, String comment) {
    }
}
