package uk.nhs.eia.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of an assessment, in the order the record lists them, as {@code processes/equality-impact-assessment.bpmn}
 * defines them: the proposal is the start form, every other step a user task. Code names a step through this type,
 * never by its key, name or form id, and start-up checks the model and forms still agree with it.
 */
public enum Step {

    PROPOSAL_DETAILS("ProposalSubmitted", "Proposal details", "proposal-details", Actor.AUTHOR, Path.EVERY, Duty.NONE),
    SCREENING("Screening", "Screening", "screening", Actor.AUTHOR, Path.EVERY, Duty.NONE),
    CONFIRM_SCREENING_OUT("ConfirmScreeningOut", "Confirm screening-out", "confirm-screening-out", Actor.EQUALITY_LEAD,
            Path.SCREENED_OUT, Duty.INDEPENDENT_EQUALITY_LEAD),
    EVIDENCE_AND_ENGAGEMENT("EvidenceAndEngagement", "Evidence and engagement", "evidence-and-engagement", Actor.AUTHOR,
            Path.FULL, Duty.NONE),
    IMPACT_ASSESSMENT("ImpactAssessment", "Impact assessment", "impact-assessment", Actor.AUTHOR, Path.FULL, Duty.NONE),
    ACTION_PLAN_AND_OUTCOME("ActionPlanAndOutcome", "Action plan and outcome", "action-plan-and-outcome", Actor.AUTHOR,
            Path.FULL, Duty.NONE),
    QUALITY_REVIEW("QualityReview", "Quality review", "quality-review", Actor.EQUALITY_LEAD, Path.FULL,
            Duty.INDEPENDENT_EQUALITY_LEAD_NOT_DECIDING),
    SIGN_OFF("SignOff", "Sign-off", "sign-off", Actor.DECISION_MAKER, Path.FULL, Duty.INDEPENDENT_APPROVER),
    REVIEW("Review", "Review", "review", Actor.AUTHOR, Path.EVERY, Duty.NONE);

    /** The process every step belongs to. */
    public static final String PROCESS_KEY = "equality-impact-assessment";
    /**
     * The process variable that names the author: the start event's initiator, read by every author step as its
     * assignee, and changed when the assessment is handed over.
     */
    public static final String AUTHOR_VARIABLE = "author";
    /**
     * The service task a review's decision to reassess passes through, which starts the record's next version: what
     * the case reaches after it belongs to that version.
     */
    public static final String NEW_VERSION_TASK = "StartNewVersion";
    /** Where the process model lives, as it is deployed. */
    public static final String PROCESS_FILE = "processes/equality-impact-assessment.bpmn";

    /** Who a step is given to. */
    public enum Actor {
        /** The assessment's author (and co-authors): {@code camunda:assignee="${author}"}, or the start form. */
        AUTHOR,
        /** Any equality lead, who claims it: {@code camunda:candidateGroups="equality-leads"}. */
        EQUALITY_LEAD,
        /** The named decision-maker: {@code camunda:assignee="${decisionMaker}"}. */
        DECISION_MAKER
    }

    /** Which assessments go through a step. */
    public enum Path {
        EVERY, FULL, SCREENED_OUT
    }

    /** Who may not do a step, so that nobody checks their own work (the rules are in {@code SeparationOfDuties}). */
    public enum Duty {
        /** Whoever the step is given to. */
        NONE,
        /** An equality lead who neither wrote the assessment nor co-writes it. */
        INDEPENDENT_EQUALITY_LEAD,
        /** The same, who is not its decision-maker either. */
        INDEPENDENT_EQUALITY_LEAD_NOT_DECIDING,
        /** An approver, not an administrator, who neither wrote the assessment nor reviewed its quality. */
        INDEPENDENT_APPROVER
    }

    private final String key;
    private final String stepName;
    private final String formId;
    private final Actor actor;
    private final Path path;
    private final Duty duty;

    Step(String key, String stepName, String formId, Actor actor, Path path, Duty duty) {
        this.key = key;
        this.stepName = stepName;
        this.formId = formId;
        this.actor = actor;
        this.path = path;
        this.duty = duty;
    }

    /** The step's id in the process model: a task's definition key, or the start event's id. */
    public String key() {
        return key;
    }

    /** The step's name, as people read it and as the record keeps each submission. */
    public String stepName() {
        return stepName;
    }

    /** The id of the form the step shows, as its {@code camunda:formRef} names it. */
    public String formId() {
        return formId;
    }

    public Actor actor() {
        return actor;
    }

    public Path path() {
        return path;
    }

    public Duty duty() {
        return duty;
    }

    public boolean isStartForm() {
        return this == PROPOSAL_DETAILS;
    }

    public static List<Step> inOrder() {
        return List.of(values());
    }

    public static Optional<Step> byKey(String key) {
        return Arrays.stream(values()).filter(step -> step.key.equals(key)).findFirst();
    }

    public static Optional<Step> byFormId(String formId) {
        return Arrays.stream(values()).filter(step -> step.formId.equals(formId)).findFirst();
    }

    public static Optional<Step> byName(String stepName) {
        return Arrays.stream(values()).filter(step -> step.stepName.equals(stepName)).findFirst();
    }
}
