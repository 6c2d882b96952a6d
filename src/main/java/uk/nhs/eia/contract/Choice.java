package uk.nhs.eia.contract;

import java.util.List;

/**
 * The options of the forms that the Java code compares an answer with, or answers with itself, each with the
 * question that offers it and its value there. Code names an option through this type, never by its value, and
 * start-up checks that each question still offers it. An option only people choose, which no code looks at, need
 * not be here.
 */
public enum Choice {

    // --- The rating of each group's impact, on every group's question ---

    /** The proposal is good for the group. */
    IMPACT_POSITIVE("positive"),
    /** The proposal is bad for the group: the plan needs an action for it, unless the outcome is justified. */
    IMPACT_NEGATIVE("negative"),
    /** The proposal makes no difference to the group. */
    IMPACT_NEUTRAL("neutral"),
    /** The author cannot tell yet: like a negative impact, it needs an action. */
    IMPACT_NOT_KNOWN("not-known"),

    // --- The outcome of the assessment ---

    /** The assessment found no reason to change the proposal: wrong when an impact is negative. */
    OUTCOME_NO_MAJOR_CHANGE(Question.OUTCOME, "no-major-change"),
    /** The proposal was changed to remove or reduce the impacts found. */
    OUTCOME_ADJUST(Question.OUTCOME, "adjust"),
    /** The proposal goes ahead despite an adverse impact, which the author must justify. */
    OUTCOME_CONTINUE_DESPITE_IMPACT(Question.OUTCOME, "continue-despite-impact"),
    /** The proposal is stopped. */
    OUTCOME_STOP(Question.OUTCOME, "stop"),

    // --- The proposal ---

    /** A policy. */
    PROPOSAL_TYPE_POLICY(Question.PROPOSAL_TYPE, "policy"),
    /** A procedure. */
    PROPOSAL_TYPE_PROCEDURE(Question.PROPOSAL_TYPE, "procedure"),
    /** A change to a service: the rubric warns when one had no engagement. */
    PROPOSAL_TYPE_SERVICE_CHANGE(Question.PROPOSAL_TYPE, "service-change"),
    /** A budget or savings proposal, which screening always sends to a full assessment. */
    PROPOSAL_TYPE_BUDGET_SAVINGS(Question.PROPOSAL_TYPE, "budget-savings"),
    /** A digital or AI system: the rubric asks how bias and gaps in the data were examined. */
    PROPOSAL_TYPE_DIGITAL_AI(Question.PROPOSAL_TYPE, "digital-ai"),
    /** Something new. */
    CHANGE_KIND_NEW(Question.CHANGE_KIND, "new"),
    /** A review of something that exists. */
    CHANGE_KIND_REVIEW(Question.CHANGE_KIND, "review"),
    /** A reduction of a service. */
    CHANGE_KIND_REDUCTION(Question.CHANGE_KIND, "reduction"),
    /** The proposal affects patients. */
    AFFECTS_PATIENTS(Question.AFFECTED_PEOPLE, "patients"),
    /** The proposal affects carers. */
    AFFECTS_CARERS(Question.AFFECTED_PEOPLE, "carers"),
    /** The proposal affects staff. */
    AFFECTS_STAFF(Question.AFFECTED_PEOPLE, "staff"),

    // --- Screening ---

    /** The proposal affects people. */
    AFFECTS_PEOPLE_YES(Question.AFFECTS_PEOPLE, "yes"),
    /** Groups could be affected differently. */
    DIFFERENTIAL_IMPACT_YES(Question.DIFFERENTIAL_IMPACT, "yes"),
    /** No group would be affected differently. */
    DIFFERENTIAL_IMPACT_NO(Question.DIFFERENTIAL_IMPACT, "no"),
    /** The effect is neither large nor substantial. */
    SUBSTANTIAL_EFFECT_NO(Question.SUBSTANTIAL_EFFECT, "no"),
    /** There is no known inequality or public concern. */
    KNOWN_INEQUALITY_NO(Question.KNOWN_INEQUALITY, "no"),
    /** The people affected are not especially vulnerable. */
    VULNERABILITY_LOW(Question.VULNERABILITY, "low"),
    /** The equality lead agrees that no full assessment is needed. */
    SCREENING_OUT_AGREE(Question.SCREENING_OUT_DECISION, "agree"),
    /** The equality lead sends screening back to the author. */
    SCREENING_OUT_SEND_BACK(Question.SCREENING_OUT_DECISION, "send-back"),

    // --- Evidence and engagement ---

    /** The evidence is the organisation's own data. */
    EVIDENCE_FROM_LOCAL_DATA(Question.EVIDENCE_SOURCE_TYPE, "local-data"),
    /** The author engaged with the people affected, and lists the activities. */
    ENGAGEMENT_YES(Question.ENGAGEMENT_UNDERTAKEN, "yes"),
    /** There was no engagement, and the author says why. */
    ENGAGEMENT_NO(Question.ENGAGEMENT_UNDERTAKEN, "no"),

    // --- Impact assessment, besides the groups ---

    /** The proposal may help the aim of the equality duty asked about. */
    AIM_MAY_SUPPORT(List.of(Question.AIM_ELIMINATE_DISCRIMINATION, Question.AIM_ADVANCE_EQUALITY,
            Question.AIM_FOSTER_RELATIONS), "may-support"),
    /** The proposal may reduce inequalities in access to services. */
    ACCESS_MAY_REDUCE(Question.ACCESS_IMPACT, "may-reduce"),
    /** It is uncertain whether the proposal reduces inequalities in health outcomes. */
    OUTCOMES_UNCERTAIN(Question.OUTCOMES_IMPACT, "uncertain"),

    // --- Action plan ---

    /** The action has not started. */
    ACTION_NOT_STARTED(Question.ACTION_STATUS, "not-started"),
    /** The action is done: reports stop counting it as open or overdue, and no one is reminded of it. */
    ACTION_DONE(Question.ACTION_STATUS, "done"),

    // --- Quality review and sign-off ---

    /** The equality lead rates the area as good. */
    RATING_GOOD(List.of(Question.RATING_EVIDENCE, Question.RATING_ENGAGEMENT, Question.RATING_IMPACT,
            Question.RATING_ACTIONS, Question.RATING_OUTCOME), "good"),
    /** The equality lead accepts the assessment: the rubric's sign-off chain is complete. */
    QUALITY_REVIEW_ACCEPT(Question.QUALITY_REVIEW_DECISION, "accept"),
    /** The decision-maker approves the proposal: the assessment is signed off and published. */
    SIGN_OFF_APPROVE(Question.SIGN_OFF_DECISION, "approve");

    private final String value;
    /** The questions that offer it; none for an impact rating, which every group's impact question offers. */
    private final List<Question> questions;

    /** A rating of a group's impact: the value of {@link ImpactGroup#impact()}, for every group. */
    Choice(String value) {
        this(List.of(), value);
    }

    Choice(Question question, String value) {
        this(List.of(question), value);
    }

    /** An option that several questions of one form offer alike. */
    Choice(List<Question> questions, String value) {
        if (questions.stream().map(Question::formId).distinct().count() > 1) {
            throw new IllegalArgumentException(name() + " names questions of more than one form");
        }
        this.questions = questions;
        this.value = value;
    }

    /** The value a submission carries when a person chooses this option. */
    public String value() {
        return value;
    }

    /** Whether an answer, as a submission or the process carries it, is this option. */
    public boolean is(Object answer) {
        return value.equals(answer);
    }

    /** Whether it is a rating of a group's impact, which {@link ImpactGroup#impact()} of every group offers. */
    public boolean ratesImpact() {
        return questions.isEmpty();
    }

    /** The questions that offer it; empty when it {@link #ratesImpact() rates an impact}. */
    public List<Question> questions() {
        return questions;
    }

    /** The id of the form that offers it. */
    public String formId() {
        return ratesImpact() ? ImpactGroup.STEP.formId() : questions.get(0).formId();
    }
}
