package uk.nhs.eia.evidence;

import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** An assessment of the author's, in the operations directorate, screened in and waiting at evidence and engagement. */
public final class EvidenceStep {

    /** The step's key, as the API takes it. */
    public static final String KEY = Step.EVIDENCE_AND_ENGAGEMENT.key();

    private EvidenceStep() {
    }

    public static ProcessInstance reached(AssessmentDriver driver, String title) {
        ProcessInstance instance = driver.start("author", proposal(title + " " + System.nanoTime(), "service-change", "new",
                "operations", "approver", LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(true));
        return instance;
    }
}
