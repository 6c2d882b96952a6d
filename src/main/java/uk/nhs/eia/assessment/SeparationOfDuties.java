package uk.nhs.eia.assessment;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.people.People;
import uk.nhs.eia.roles.Groups;

/**
 * Each duty to the person who holds it, and nobody checks their own work: only EIA authors start assessments; a
 * step given to someone is completed by them; screening-out and quality are checked by an equality lead who
 * neither wrote the assessment nor will decide it; the person who signs off is an approver (not an administrator)
 * who neither wrote it nor reviewed its quality. Checked whenever a step is assigned, however it is assigned, and
 * again when it is completed.
 */
@Service
@Transactional(readOnly = true)
public class SeparationOfDuties {

    private final Assessments assessments;
    private final StepSubmissions submissions;
    private final People people;
    private final AssessmentShares shares;

    SeparationOfDuties(Assessments assessments, StepSubmissions submissions, People people, AssessmentShares shares) {
        this.assessments = assessments;
        this.submissions = submissions;
        this.people = people;
        this.shares = shares;
    }

    /**
     * @param stepKey the step's id in the process model
     * @throws DutiesNotSeparated saying why this person may not work on this step of this assessment
     */
    public void checkMayWork(Long assessmentId, String stepKey, String username) {
        if (username == null) {
            return;
        }
        Assessment assessment = assessments.findById(assessmentId).orElseThrow(() -> new AssessmentNotFound(assessmentId));
        Step step = Step.byKey(stepKey).orElse(Step.SCREENING);
        String duty = "do its \"%s\" step".formatted(step.stepName());
        switch (step.duty()) {
            case INDEPENDENT_EQUALITY_LEAD -> {
                anEqualityLead(assessment, username);
                notTheAuthor(assessment, username, duty);
            }
            case INDEPENDENT_EQUALITY_LEAD_NOT_DECIDING -> {
                anEqualityLead(assessment, username);
                notTheAuthor(assessment, username, duty);
                if (username.equals(assessment.getDecisionMaker())) {
                    throw new DutiesNotSeparated(("%s is the decision-maker for %s, so another equality lead must "
                            + "%s").formatted(username, assessment.getReference(), duty));
                }
            }
            case INDEPENDENT_APPROVER -> checkMaySignOff(assessment, username);
            case NONE -> {
            }
        }
    }

    /**
     * A step given to someone is completed by them, whatever other rights a person completing it holds.
     *
     * @throws DutiesNotSeparated when someone else would complete it
     */
    public void checkMayComplete(Long assessmentId, String stepKey, String assignee, String completedBy) {
        if (assignee != null && !assignee.equals(completedBy) && !coAuthorOfAuthorsStep(assessmentId, assignee, completedBy)) {
            throw new DutiesNotSeparated("This step is with %s; only they can complete it".formatted(assignee));
        }
        checkMayWork(assessmentId, stepKey, completedBy);
    }

    /** @throws DutiesNotSeparated when the person is not an EIA author, who alone start assessments */
    public void checkMayStart(String username) {
        if (!people.groupsOf(username).contains(Groups.AUTHORS)) {
            throw new DutiesNotSeparated("Only EIA authors can start an assessment");
        }
    }

    private void anEqualityLead(Assessment assessment, String username) {
        if (!people.groupsOf(username).contains(Groups.EQUALITY_LEADS)) {
            throw new DutiesNotSeparated("%s cannot review %s: only equality leads review assessments"
                    .formatted(username, assessment.getReference()));
        }
    }

    private void checkMaySignOff(Assessment assessment, String username) {
        notTheAuthor(assessment, username, "sign it off");
        List<String> groups = people.groupsOf(username);
        if (!groups.contains(Groups.APPROVERS) || groups.contains(Groups.ADMINS)) {
            throw new DutiesNotSeparated("%s cannot sign off %s: only approvers who are not administrators sign off"
                    .formatted(username, assessment.getReference()));
        }
        submissions.lastOfStep(assessment.getId(),
                        assessment.getVersion(), Step.QUALITY_REVIEW.stepName())
                .filter(review -> review.getSubmittedBy().equals(username))
                .ifPresent(review -> {
                    throw new DutiesNotSeparated("%s reviewed the quality of %s, so someone else must sign it off"
                            .formatted(username, assessment.getReference()));
                });
    }

    /** A co-author may complete a step given to the author they write with. */
    private boolean coAuthorOfAuthorsStep(Long assessmentId, String assignee, String completedBy) {
        Assessment assessment = assessments.findById(assessmentId).orElseThrow(() -> new AssessmentNotFound(assessmentId));
        return assignee.equals(assessment.getAuthor()) && coAuthors(assessmentId).contains(completedBy);
    }

    private List<String> coAuthors(Long assessmentId) {
        return shares.sharedWith(assessmentId);
    }

    private void notTheAuthor(Assessment assessment, String username, String duty) {
        if (coAuthors(assessment.getId()).contains(username)) {
            throw new DutiesNotSeparated("%s is a co-author of %s, so someone else must %s"
                    .formatted(username, assessment.getReference(), duty));
        }
        if (username.equals(assessment.getAuthor())) {
            throw new DutiesNotSeparated("%s wrote %s, so someone else must %s"
                    .formatted(username, assessment.getReference(), duty));
        }
    }
}
