package uk.nhs.eia.deployment;

import java.util.List;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;

/** Files that cannot be deployed: every problem, each naming the file (its {@code key}) and, in its message, the element. */
public class DeploymentRefused extends Invalid {

    public DeploymentRefused(List<FieldError> problems) {
        super(problems.get(0).message(), problems);
    }

    @Override
    public String detail() {
        return "Nothing was deployed; each error names the file (its key) and the element to change.";
    }
}
