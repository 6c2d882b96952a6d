package uk.nhs.eia.assessment.web;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.DutiesNotSeparated;
import uk.nhs.eia.forms.FormComponent;
import uk.nhs.eia.forms.PeopleToChoose;

/** The proposal's decision-maker, chosen by name from the approvers its author may name. */
@Component
class DecisionMakersToChoose implements PeopleToChoose {

    /** The part as proposal-details.form names it in the decision-maker's {@code choosePerson} property. */
    static final String PART = "decision-maker";

    private final AssessmentService assessments;

    DecisionMakersToChoose(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public String part() {
        return PART;
    }

    /** Nobody, for someone who cannot start an assessment (an admin previewing the form) and so names no one. */
    @Override
    public List<FormComponent.Option> forSignedInPerson() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null) {
            return List.of();
        }
        try {
            return assessments.choosableDecisionMakers(signedIn.getName(), null, null).stream()
                    .map(person -> new FormComponent.Option(person.username(), person.label())).toList();
        } catch (DutiesNotSeparated notAnAuthor) {
            return List.of();
        }
    }

    @Override
    public String searchPath() {
        return "/api/people/decision-makers";
    }
}
