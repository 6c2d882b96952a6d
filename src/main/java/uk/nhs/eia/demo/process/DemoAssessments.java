package uk.nhs.eia.demo.process;

import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.confirmScreeningOut;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.nhs.eia.ServerClock;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.contract.ImpactGroup;

/**
 * On the first start of a demo installation, takes a handful of assessments to different steps through the
 * real engine, acting as the demo people would.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = {"eia.demo.enabled", "eia.demo.assessments"}, havingValue = "true")
class DemoAssessments implements ApplicationRunner {

    // The kinds of proposal the demo shows, as their forms offer them.
    private static final String POLICY = Choice.PROPOSAL_TYPE_POLICY.value();
    private static final String PROCEDURE = Choice.PROPOSAL_TYPE_PROCEDURE.value();
    private static final String SERVICE_CHANGE = Choice.PROPOSAL_TYPE_SERVICE_CHANGE.value();
    private static final String BUDGET_SAVINGS = Choice.PROPOSAL_TYPE_BUDGET_SAVINGS.value();
    private static final String DIGITAL_AI = Choice.PROPOSAL_TYPE_DIGITAL_AI.value();
    private static final String NEW_PROPOSAL = Choice.CHANGE_KIND_NEW.value();
    private static final String REVIEW_OF_EXISTING = Choice.CHANGE_KIND_REVIEW.value();
    private static final String REDUCTION = Choice.CHANGE_KIND_REDUCTION.value();

    private final RuntimeService runtime;
    private final AssessmentDriver driver;
    private final Clock clock;

    DemoAssessments(RuntimeService runtime, AssessmentDriver driver, Clock clock) {
        this.runtime = runtime;
        this.driver = driver;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (runtime.createProcessInstanceQuery().processDefinitionKey(AssessmentDriver.PROCESS).count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ServerClock.ENGLAND));
        LocalDate decision = today.plusMonths(2);
        LocalDate review = today.plusYears(1);

        driver.start("author", proposal("Community phlebotomy service redesign", SERVICE_CHANGE, REVIEW_OF_EXISTING, "operations", "approver", decision));

        ProcessInstance app = driver.start("author2", proposal("Digital appointment booking app", DIGITAL_AI, NEW_PROPOSAL, "digital", "approver", decision));
        driver.complete(app, "author2", screening(true));
        driver.complete(app, "author2", evidenceAndEngagement());

        ProcessInstance parking = driver.start("author", proposal("Staff car park cleaning rota", PROCEDURE, REVIEW_OF_EXISTING, "operations", "approver", decision));
        driver.complete(parking, "author", screening(false));

        ProcessInstance interpreters = driver.start("author", proposal("Outpatient interpreter service budget reduction", BUDGET_SAVINGS, REDUCTION, "operations", "approver", decision));
        driver.complete(interpreters, "author", screening(true));
        driver.complete(interpreters, "author", evidenceAndEngagement());
        driver.complete(interpreters, "author", impactAssessment());
        driver.complete(interpreters, "author", actionPlanAndOutcome(review));

        ProcessInstance flexible = driver.start("author", proposal("Flexible working policy", POLICY, REVIEW_OF_EXISTING, "operations", "approver", decision));
        completeToSignOff(flexible, "author", review);

        ProcessInstance carers = driver.start("author2", proposal("Carers' passport scheme", SERVICE_CHANGE, NEW_PROPOSAL, "digital", "approver", decision));
        completeToSignOff(carers, "author2", review);
        driver.complete(carers, "approver", signOff(Choice.SIGN_OFF_APPROVE.value(), null));

        // Two more cuts in operations that, with the interpreter service cut and the working policy, fall on older people:
        // four proposals in a year, enough for the cumulative-impact report to flag age there.
        ProcessInstance transport = driver.start("author", proposal("Day centre transport budget reduction", BUDGET_SAVINGS, REDUCTION, "operations", "approver", decision));
        impactAssessed(transport, Map.of(ImpactGroup.DISABILITY, Choice.IMPACT_NEGATIVE));
        driver.complete(transport, "author", actionPlanAndOutcome(review));

        ProcessInstance evenings = driver.start("author", proposal("Evening outpatient clinic closure", SERVICE_CHANGE, REDUCTION, "operations", "approver", decision));
        impactAssessed(evenings, Map.of(ImpactGroup.CARERS, Choice.IMPACT_NOT_KNOWN));

        ProcessInstance leaflets = driver.start("author2", proposal("Printed leaflet reprint", PROCEDURE, REVIEW_OF_EXISTING, "digital", "approver", decision));
        driver.complete(leaflets, "author2", screening(false));
        driver.complete(leaflets, "lead", confirmScreeningOut(true, review));
    }

    /** Screened in, evidence gathered, and impacts rated as the demo's are (older people hit), with these as well. */
    private void impactAssessed(ProcessInstance instance, Map<ImpactGroup, Choice> alsoHit) {
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        Map<String, Object> impacts = new HashMap<>(impactAssessment());
        alsoHit.forEach((group, impact) -> impacts.put(group.impact(), impact.value()));
        driver.complete(instance, "author", impacts);
    }

    private void completeToSignOff(ProcessInstance instance, String author, LocalDate review) {
        driver.complete(instance, author, screening(true));
        driver.complete(instance, author, evidenceAndEngagement());
        driver.complete(instance, author, impactAssessment());
        driver.complete(instance, author, actionPlanAndOutcome(review));
        driver.complete(instance, "lead", qualityReview(Choice.QUALITY_REVIEW_ACCEPT.value(), null));
    }
}
