package uk.nhs.eia.assessment;

import java.time.LocalDate;

/** What the author says about the proposal when starting an assessment. */
public record ProposalDetails(
        String title,
        String proposalType,
        String changeKind,
        String directorate,
        String team,
        String author,
        String decisionMaker,
        LocalDate plannedDecisionDate) {
}
