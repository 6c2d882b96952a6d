package uk.nhs.eia.evidence;

import java.util.List;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/** A file that cannot be kept: the message names the file and the rule it breaks. Nothing of it was kept. */
public class EvidenceRefused extends Invalid {

    /** The field a page links its error to: the file upload control. */
    public static final String FIELD = "file";

    public EvidenceRefused(String message) {
        super(message, List.of(new FieldError(FIELD, message)));
    }

    @Override
    public String detail() {
        return getMessage();
    }
}
