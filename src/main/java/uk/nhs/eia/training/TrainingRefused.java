package uk.nhs.eia.training;

import java.util.List;

/** Training details that cannot be kept, each problem naming its row (0 for the file or form) and field. */
public class TrainingRefused extends RuntimeException {

    private final transient List<RowError> errors;

    public TrainingRefused(List<RowError> errors) {
        super(errors.isEmpty() ? "Refused" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    /** One problem: the row of the file it is on (1 is the first after the header; 0 for the whole file), the field and what is wrong. */
    public record RowError(int row, String key, String message) {
    }
}
