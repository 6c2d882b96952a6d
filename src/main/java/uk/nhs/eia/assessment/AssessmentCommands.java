package uk.nhs.eia.assessment;

import java.util.Map;

/** Starting, importing, withdrawing and handing over assessments: each reaches the process, so they go through the engine. */
public interface AssessmentCommands {

    /**
     * Starts an assessment from the proposal details, checked by the form engine and the record's rules.
     *
     * @throws uk.nhs.eia.forms.AnswersRefused naming each field to fix; nothing is started
     * @throws AssessmentForbidden when the person may not start assessments
     */
    AssessmentView start(String username, Map<String, Object> proposal);

    /**
     * Ends an assessment in progress as withdrawn, keeping the record and the reason.
     *
     * @see AssessmentService#checkWithdrawal for what is refused
     */
    AssessmentView withdraw(Long id, String username, String reason);

    /**
     * Hands an assessment over to another author, with everything it holds: its answers, drafts, files and history
     * stay where they are, and its author steps, open now or to come, are the new author's.
     *
     * @see AssessmentService#checkHandover for what is refused
     */
    AssessmentView handOver(Long id, String username, String newAuthor, String reason);

    /**
     * Adds an assessment made before this service, already checked, to the register and to the process's review
     * cycle: when its review date comes, its author reviews it, and reassessing it starts a new version through
     * every step.
     */
    AssessmentView importHistoric(HistoricAssessment historic, String importedBy);
}
