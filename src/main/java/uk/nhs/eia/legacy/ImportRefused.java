package uk.nhs.eia.legacy;

import java.util.List;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/** An import that cannot be made: every problem, each naming its row (0 for a whole file) and column. Nothing was kept. */
public class ImportRefused extends Invalid {

    private final List<RowError> rows;

    public ImportRefused(List<RowError> errors) {
        super(errors.get(0).message(), errors.stream().map(error -> new FieldError(error.column(), error.message())).toList());
        this.rows = List.copyOf(errors);
    }

    @Override
    public List<RowError> errors() {
        return rows;
    }

    @Override
    public String detail() {
        return "Nothing was imported; each error names its row (1 is the first after the header, 0 a whole file) and column.";
    }

    /** One problem with the import, where it is and what is wrong. */
    public record RowError(int row, String column, String message) {
    }
}
