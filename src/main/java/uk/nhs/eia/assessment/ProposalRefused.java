package uk.nhs.eia.assessment;

/** A proposal that breaks a rule of the record, named by the field that needs changing. */
public class ProposalRefused extends RuntimeException {

    private final String field;

    public ProposalRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
