package uk.nhs.eia.evidence;

import java.util.List;
import java.util.Optional;
import uk.nhs.eia.contract.Step;

/**
 * The steps that take files: evidence and engagement (reports, survey results, engagement notes), the action plan
 * (a plan kept as a spreadsheet) and the sign-off (a minute of the decision). The other steps record choices that
 * need no file, so they take none.
 */
public final class AttachableSteps {

    public static final List<Step> STEPS = List.of(Step.EVIDENCE_AND_ENGAGEMENT, Step.ACTION_PLAN_AND_OUTCOME, Step.SIGN_OFF);

    private AttachableSteps() {
    }

    /** The step with this key, when files may be attached to it. */
    public static Optional<Step> byKey(String key) {
        return Step.byKey(key == null ? "" : key).filter(STEPS::contains);
    }
}
