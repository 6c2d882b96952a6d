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
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.nhs.eia.ServerClock;
import uk.nhs.eia.people.People;

/**
 * On the first start of a demo installation, takes a handful of assessments to different steps through the
 * real engine, acting as the demo people would.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = {"eia.demo.enabled", "eia.demo.assessments"}, havingValue = "true")
class DemoAssessments implements ApplicationRunner {

    private static final String PROCESS = "equality-impact-assessment";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final People people;
    private final Clock clock;

    DemoAssessments(RuntimeService runtime, TaskService tasks, IdentityService identity, People people, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ServerClock.ENGLAND));
        LocalDate decision = today.plusMonths(2);
        LocalDate review = today.plusYears(1);

        start("author", proposal("Community phlebotomy service redesign", "service-change", "review", "operations", "approver", decision));

        String app = start("author2", proposal("Digital appointment booking app", "digital-ai", "new", "digital", "approver", decision));
        complete(app, "author2", screening(true));
        complete(app, "author2", evidenceAndEngagement());

        String parking = start("author", proposal("Staff car park cleaning rota", "procedure", "review", "operations", "approver", decision));
        complete(parking, "author", screening(false));

        String interpreters = start("author", proposal("Outpatient interpreter service budget reduction", "budget-savings", "reduction", "operations", "approver", decision));
        complete(interpreters, "author", screening(true));
        complete(interpreters, "author", evidenceAndEngagement());
        complete(interpreters, "author", impactAssessment());
        complete(interpreters, "author", actionPlanAndOutcome(review));

        String flexible = start("author", proposal("Flexible working policy", "policy", "review", "operations", "approver", decision));
        completeToSignOff(flexible, "author", review);

        String carers = start("author2", proposal("Carers' passport scheme", "service-change", "new", "digital", "approver", decision));
        completeToSignOff(carers, "author2", review);
        complete(carers, "approver", signOff("approve", null));

        String leaflets = start("author2", proposal("Printed leaflet reprint", "procedure", "review", "digital", "approver", decision));
        complete(leaflets, "author2", screening(false));
        complete(leaflets, "lead", confirmScreeningOut(true, review));
    }

    private void completeToSignOff(String processInstanceId, String author, LocalDate review) {
        complete(processInstanceId, author, screening(true));
        complete(processInstanceId, author, evidenceAndEngagement());
        complete(processInstanceId, author, impactAssessment());
        complete(processInstanceId, author, actionPlanAndOutcome(review));
        complete(processInstanceId, "lead", qualityReview("accept", null));
    }

    private String start(String author, Map<String, Object> proposal) {
        return actingAs(author, () -> runtime.startProcessInstanceByKey(PROCESS, proposal).getId());
    }

    private void complete(String processInstanceId, String username, Map<String, Object> answers) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).active().singleResult();
        actingAs(username, () -> {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), username);
            }
            tasks.complete(task.getId(), answers);
            return null;
        });
    }

    private <T> T actingAs(String username, Supplier<T> work) {
        List<String> groups = people.groupsOf(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        identity.setAuthentication(username, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
            SecurityContextHolder.clearContext();
        }
    }
}
