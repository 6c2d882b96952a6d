package uk.nhs.eia.assessment;

import uk.nhs.eia.contract.Question;

/** A proposal that breaks a rule of the record, named by the question whose answer needs changing. */
public class ProposalRefused extends RuntimeException {

    private final Question question;

    public ProposalRefused(Question question, String message) {
        super(message);
        this.question = question;
    }

    /** The key of the field to change, as the start form and its error messages name it. */
    public String field() {
        return question.key();
    }
}
