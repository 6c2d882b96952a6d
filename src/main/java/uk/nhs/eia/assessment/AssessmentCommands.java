package uk.nhs.eia.assessment;

import java.util.Map;

/** Starting and withdrawing assessments: both reach the process, so they go through the engine. */
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
}
