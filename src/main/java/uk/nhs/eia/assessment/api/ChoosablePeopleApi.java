package uk.nhs.eia.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentShares;
import uk.nhs.eia.people.Directorates.Directorate;
import uk.nhs.eia.people.Person;

/**
 * People to choose by name, for the type-ahead beside each question that names someone: only those the caller may
 * name there, by the same rule the answer is checked against.
 */
@RestController
class ChoosablePeopleApi {

    private static final String NAME = "Part of a name or username; each word typed must start a word of it";

    private final AssessmentService assessments;
    private final AssessmentShares shares;

    ChoosablePeopleApi(AssessmentService assessments, AssessmentShares shares) {
        this.assessments = assessments;
        this.shares = shares;
    }

    @Operation(summary = "Approvers an author may name as decision-maker", description = "Approvers who can sign in, "
            + "are not administrators and are not the caller; those working in the directorate given come first. "
            + "403 for anyone who is not an EIA author.")
    @GetMapping("/api/people/decision-makers")
    List<Choosable> decisionMakers(@Parameter(description = NAME) @RequestParam(required = false) String name,
            @Parameter(description = "The proposal's directorate code") @RequestParam(required = false) String directorate,
            Principal person) {
        return Choosable.of(assessments.choosableDecisionMakers(person.getName(), directorate, name));
    }

    @Operation(summary = "EIA authors the assessment's author may share it with", description = "Authors who can sign "
            + "in, other than the author and those it is shared with already. 403 for anyone but its author.")
    @GetMapping("/api/assessments/{id}/shares/choosable")
    List<Choosable> coAuthors(@PathVariable Long id, @Parameter(description = NAME) @RequestParam(required = false) String name,
            Principal person) {
        return Choosable.of(shares.choosableCoAuthors(id, person.getName(), name));
    }

    @Operation(summary = "EIA authors the assessment may be handed over to", description = "Authors who can sign in, "
            + "other than its author and its decision-maker. 403 for anyone but its author or an eia-admin; 409 once "
            + "it is withdrawn or rejected.")
    @GetMapping("/api/assessments/{id}/author/choosable")
    List<Choosable> newAuthors(@PathVariable Long id, @Parameter(description = NAME) @RequestParam(required = false) String name,
            Principal person) {
        return Choosable.of(assessments.choosableNewAuthors(id, person.getName(), name));
    }

    /** {@code label} is how the page's list names them, so the type-ahead and the list without it agree. */
    record Choosable(String username, String name, List<String> directorates, String label) {

        static List<Choosable> of(List<Person> people) {
            return people.stream().map(person -> new Choosable(person.username(), person.name(),
                    person.directorates().stream().map(Directorate::name).toList(), person.label())).toList();
        }
    }
}
