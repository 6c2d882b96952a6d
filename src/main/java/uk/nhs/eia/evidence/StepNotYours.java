package uk.nhs.eia.evidence;

import uk.nhs.eia.contract.Step;
import uk.nhs.eia.refusal.Forbidden;

/**
 * Files change with the step they belong to: only while that step is the person's task now, as its answers do.
 * Someone who may read the assessment but is not working on the step is told so (403, decision 0011).
 */
public class StepNotYours extends Forbidden {

    public StepNotYours(Step step) {
        super("You cannot change this step's files", "You can attach or remove files on " + step.stepName()
                + " only while it is a step you are working on");
    }
}
