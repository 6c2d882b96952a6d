package uk.nhs.eia.quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rubric's checks by id, each with the short name reports list them under. */
public final class RubricChecks {

    /** The check that the author's EIA training is current. */
    public static final String AUTHOR_TRAINING = "Q12";
    /** The automatic checks, which make up the score; the rest are flags for the reviewer. */
    private static final List<String> AUTOMATIC = List.of("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10",
            "Q11", AUTHOR_TRAINING);

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("Q1", "Completeness");
        NAMES.put("Q2", "A real reason for every rating");
        NAMES.put("Q3", "An action for every negative or not-known impact");
        NAMES.put("Q4", "Actions with owner, due date and measure");
        NAMES.put("Q5", "Evidence for each characteristic");
        NAMES.put("Q6", "Engagement recorded");
        NAMES.put("Q7", "Finished before the decision");
        NAMES.put("Q8", "Sign-off chain");
        NAMES.put("Q9", "Outcome follows from the impacts");
        NAMES.put("Q10", "Equality duty aims and health inequalities");
        NAMES.put("Q11", "Review date set and not passed");
        NAMES.put("Q12", "Author's EIA training current");
        NAMES.put("Q13", "Boilerplate rationale");
        NAMES.put("Q14", "Specific rationale");
        NAMES.put("Q15", "Intersectional and cumulative impact");
        NAMES.put("Q16", "Bias and data gaps in digital proposals");
        NAMES.put("Q17", "Cited library sources current");
        NAMES.put("Q18", "Cumulative impact on groups several proposals affect");
    }

    private RubricChecks() {
    }

    public static List<String> automatic() {
        return AUTOMATIC;
    }

    /** Every check the rubric runs, in the rubric's order, with its short name. */
    public static Map<String, String> names() {
        return Collections.unmodifiableMap(NAMES);
    }
}
