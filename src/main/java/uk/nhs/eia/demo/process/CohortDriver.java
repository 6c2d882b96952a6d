package uk.nhs.eia.demo.process;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import uk.nhs.eia.mentoring.Applications;
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.mentoring.MentoringEngine;
import uk.nhs.eia.mentoring.MentoringForms;
import uk.nhs.eia.mentoring.MentoringProcess;
import uk.nhs.eia.tasks.TaskClaims;
import uk.nhs.eia.tasks.TaskCompletion;

/**
 * Drives mentoring cohorts through the real engine as the named people, through the same task claims and
 * completions as the pages: for the demo data and for tests.
 */
@Component
public class CohortDriver {

    private final MentoringEngine engine;
    private final Applications applications;
    private final Cohorts cohorts;
    private final TaskService tasks;
    private final TaskClaims claims;
    private final TaskCompletion completion;
    private final ManagementService management;
    private final RuntimeService runtime;

    CohortDriver(MentoringEngine engine, Applications applications, Cohorts cohorts, TaskService tasks, TaskClaims claims,
            TaskCompletion completion, ManagementService management, RuntimeService runtime) {
        this.runtime = runtime;
        this.engine = engine;
        this.applications = applications;
        this.cohorts = cohorts;
        this.tasks = tasks;
        this.claims = claims;
        this.completion = completion;
        this.management = management;
    }

    /** Opens a cohort whose applications close on {@code close}, starting a week later and running twelve weeks. */
    public long open(String lead, String name, LocalDate close, int places) {
        return open(lead, name, close, places, close.plusWeeks(1));
    }

    public long open(String lead, String name, LocalDate close, int places, LocalDate starts) {
        return engine.openCohort(Map.of(MentoringForms.COHORT_NAME, name,
                MentoringForms.APPLICATIONS_CLOSE, close.toString(), MentoringForms.PROGRAMME_STARTS, starts.toString(),
                MentoringForms.MID_POINT, starts.plusWeeks(6).toString(), MentoringForms.PROGRAMME_ENDS,
                starts.plusWeeks(12).toString(), MentoringForms.PLACES, places), lead);
    }

    /** The survey answers of someone applying. */
    public static Map<String, Object> survey(String side, String directorate, String lineManager, List<String> availability,
            List<String> goals, List<String> interests, int confidenceBefore) {
        Map<String, Object> answers = new HashMap<>();
        answers.put(MentoringForms.SIDE, side);
        answers.put(MentoringForms.JOB_ROLE, MentoringForms.SENIOR_LEADER.equals(side) ? "Director" : "Staff nurse");
        answers.put(MentoringForms.PAY_BAND, MentoringForms.SENIOR_LEADER.equals(side) ? "vsm" : "band-5");
        answers.put(MentoringForms.DIRECTORATE, directorate);
        if (lineManager != null) {
            answers.put(MentoringForms.LINE_MANAGER, lineManager);
        }
        answers.put(MentoringForms.AVAILABILITY, availability);
        answers.put(MentoringForms.GOALS, goals);
        answers.put(MentoringForms.INTERESTS, interests);
        answers.put(MentoringForms.CONFIDENCE_BEFORE, String.valueOf(confidenceBefore));
        answers.put(MentoringForms.UNDERSTANDING_BEFORE, String.valueOf(Math.max(1, confidenceBefore - 1)));
        answers.put(MentoringForms.PRACTICE_BEFORE, String.valueOf(confidenceBefore));
        return answers;
    }

    public void apply(long cohortId, String username, Map<String, Object> survey) {
        applications.apply(cohortId, username, survey);
    }

    /** The lead closes applications from their team's task list; the service proposes pairs. */
    public void closeApplications(long cohortId, String lead) {
        claimAndComplete(cohortId, MentoringProcess.CLOSE_APPLICATIONS, lead, Map.of(MentoringForms.APPLICATIONS_CLOSED, true));
    }

    public void confirmPairs(long cohortId, String lead) {
        claimAndComplete(cohortId, MentoringProcess.CONFIRM_PAIRS, lead, Map.of(MentoringForms.PAIRS_CONFIRMED, true));
    }

    /** The open steps of the cohort's case at one element of the model. */
    public List<Task> steps(long cohortId, String elementId) {
        return tasks.createTaskQuery().processInstanceId(cohorts.processInstanceOf(cohortId))
                .taskDefinitionKey(elementId).list();
    }

    /** The open step of one pair at one element of the model. */
    public Task stepOf(long cohortId, String elementId, long pairId) {
        return steps(cohortId, elementId).stream().filter(step -> Long.valueOf(pairId).equals(pairIdOf(step)))
                .findFirst().orElseThrow(() -> new IllegalStateException("Pair " + pairId + " has no step " + elementId));
    }

    private Long pairIdOf(Task step) {
        Object id = runtime.getVariable(step.getExecutionId(), MentoringProcess.PAIR_ID);
        return id == null ? null : ((Number) id).longValue();
    }

    /** Completes the step as someone it is offered or given to, claiming it first when it is their team's. */
    public void complete(Task step, String username, Map<String, Object> answers) {
        if (step.getAssignee() == null && tasks.getIdentityLinksForTask(step.getId()).stream()
                .noneMatch(link -> username.equals(link.getUserId()))) {
            claims.claim(step.getId(), username);
        }
        completion.complete(step.getId(), username, answers);
    }

    /** Fires the timers waiting at one element of the cohort's case, as the job executor would on the day. */
    public int fire(long cohortId, String elementId) {
        List<Job> due = management.createJobQuery().processInstanceId(cohorts.processInstanceOf(cohortId))
                .activityId(elementId).timers().list();
        due.forEach(job -> management.executeJob(job.getId()));
        return due.size();
    }

    public static Map<String, Object> contract() {
        return Map.of(MentoringForms.MEETING_FREQUENCY, "monthly", MentoringForms.MEETING_FORMAT, "mixed", MentoringForms.GROUND_RULES,
                "We meet for an hour, say what we think, and move a meeting rather than miss it.",
                MentoringForms.CONFIDENTIALITY_AGREED, true);
    }

    public static Map<String, Object> feedback(int confidence, int understanding, int practice, int satisfaction, String comments) {
        Map<String, Object> answers = new HashMap<>(Map.of(MentoringForms.CONFIDENCE, String.valueOf(confidence),
                MentoringForms.UNDERSTANDING, String.valueOf(understanding), MentoringForms.PRACTICE, String.valueOf(practice),
                MentoringForms.SATISFACTION, String.valueOf(satisfaction)));
        if (comments != null) {
            answers.put(MentoringForms.COMMENTS, comments);
        }
        return answers;
    }

    private void claimAndComplete(long cohortId, String elementId, String lead, Map<String, Object> answers) {
        Task step = steps(cohortId, elementId).get(0);
        complete(step, lead, answers);
    }
}
