package uk.nhs.eia.assessment;

import java.time.LocalDate;

/** An assessment made before this service, as the organisation's earlier records hold it, checked for import. */
public record HistoricAssessment(String reference, String title, String directorate, String proposalType, String author,
        String decisionMaker, LocalDate decisionDate, String outcome, LocalDate reviewDate) {
}
