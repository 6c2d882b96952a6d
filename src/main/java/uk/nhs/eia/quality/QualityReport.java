package uk.nhs.eia.quality;

import java.util.List;

/**
 * Every check that applies to an assessment as it stands, and its score: the share of automatic checks passed,
 * from 0 to 100. Heuristic flags are for the reviewer and do not lower the score.
 */
public record QualityReport(int score, List<Finding> checks) {

    public List<Finding> failed() {
        return checks.stream().filter(check -> !check.passed()).toList();
    }

    /** The failed checks whose field is on this form, for the page that shows it. */
    public List<Finding> failedOn(String formId) {
        return failed().stream().filter(check -> formId.equals(check.formId())).toList();
    }

    static QualityReport of(List<Finding> checks) {
        List<Finding> automatic = checks.stream().filter(check -> check.severity().equals(Finding.ERROR)).toList();
        int score = automatic.isEmpty() ? 100
                : (int) Math.round(100.0 * automatic.stream().filter(Finding::passed).count() / automatic.size());
        return new QualityReport(score, List.copyOf(checks));
    }
}
