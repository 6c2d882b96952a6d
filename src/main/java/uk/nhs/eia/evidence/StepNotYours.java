package uk.nhs.eia.evidence;

import uk.nhs.eia.contract.Step;
import uk.nhs.eia.refusal.Forbidden;

/**
 * Files and citations change with the step they belong to: only while that step is the person's task now, as its
 * answers do.
 * Someone who may read the assessment but is not working on the step is told so (403, decision 0011).
 */
public class StepNotYours extends Forbidden {

    /** What an author does with a step's files. */
    static final String FILES = "attach, remove or mark files for publication on";

    /** What an equality lead does with an assessment's files. */
    static final String AGREEMENT = "agree to publish files at";

    StepNotYours(Step step, String what) {
        super("This step is not yours to work on now", "You can " + what + " " + step.stepName()
                + " only while it is a step you are working on");
    }
}
