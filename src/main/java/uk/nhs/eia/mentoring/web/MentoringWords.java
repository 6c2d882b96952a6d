package uk.nhs.eia.mentoring.web;

import org.springframework.stereotype.Component;
import uk.nhs.eia.forms.Labels;
import uk.nhs.eia.mentoring.MentoringForms;
import uk.nhs.eia.mentoring.MentoringPair.Status;
import uk.nhs.eia.mentoring.Participant.Side;
import uk.nhs.eia.mentoring.Stage;
import uk.nhs.eia.people.People;

/**
 * The words and tag colours the mentoring pages show for the programme's values, so every page says a stage, a pair's
 * status or a side the same way, and shows people by name rather than username. Templates read it as
 * {@code @mentoringWords}.
 */
@Component("mentoringWords")
public class MentoringWords {

    private final People people;
    private final Labels labels;

    MentoringWords(People people, Labels labels) {
        this.people = people;
        this.labels = labels;
    }

    public String name(String username) {
        return username == null ? null : people.nameOf(username);
    }

    public String side(Side side) {
        return side == Side.REVERSE_MENTOR ? "Reverse mentor" : "Senior leader";
    }

    /** The directorate as the application survey offered it, not its code. */
    public String directorate(String code) {
        return labels.of(MentoringForms.DIRECTORATE, code);
    }

    public String stageColour(Stage stage) {
        return switch (stage) {
            case OPEN -> "nhsuk-tag--green";
            case PAIRING -> "nhsuk-tag--yellow";
            case RUNNING -> "nhsuk-tag--blue";
            case FINISHED -> "nhsuk-tag--grey";
        };
    }

    public String pairStatus(Status status) {
        return switch (status) {
            case PROPOSED -> "Proposed";
            case CONFIRMED -> "Running";
            case CLOSED -> "Closed early";
            case FINISHED -> "Finished";
        };
    }

    public String pairStatusColour(Status status) {
        return switch (status) {
            case PROPOSED -> "nhsuk-tag--yellow";
            case CONFIRMED -> "nhsuk-tag--blue";
            case CLOSED -> "nhsuk-tag--red";
            case FINISHED -> "nhsuk-tag--grey";
        };
    }
}
