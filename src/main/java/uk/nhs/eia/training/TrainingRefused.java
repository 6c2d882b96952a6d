package uk.nhs.eia.training;

import java.util.List;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/** Training details that cannot be kept, each problem naming its row (0 for the file or form) and field. */
public class TrainingRefused extends Invalid {

    private final List<RowError> rows;

    public TrainingRefused(List<RowError> errors) {
        super(errors.isEmpty() ? "Refused" : errors.get(0).message(),
                errors.stream().map(error -> new FieldError(error.key(), error.message())).toList());
        this.rows = List.copyOf(errors);
    }

    @Override
    public List<RowError> errors() {
        return rows;
    }

    @Override
    public String detail() {
        return "Nothing was kept; each error names its row (0 for the whole file or form) and field.";
    }

    /** One problem: the row of the file it is on (1 is the first after the header; 0 for the whole file), the field and what is wrong. */
    public record RowError(int row, String key, String message) {
    }
}
