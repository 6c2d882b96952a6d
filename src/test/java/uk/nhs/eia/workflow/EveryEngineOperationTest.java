package uk.nhs.eia.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.workflow.EngineDoors.Door;

/**
 * Every operation that Camunda's own description of its REST API lists, at {@code /engine-rest} and (for those
 * that change something) in Tasklist's API, for every role and for someone not signed in. People other than
 * administrators ask with the ids of a real assessment at its first step, written by {@code author}: every change
 * but the few the service supports is refused with 403, those few are checked by the form engine and the duties
 * (here, sent without answers, they are refused with a 4xx), and nothing the service owns changes. Administrators
 * ask about ids that do not exist: they may repair a case, never change people or grants here nor work external
 * tasks (the processes have none), and each change they make is audited. No cell is answered with a server error.
 */
@EiaSpringBootTest
class EveryEngineOperationTest {

    static final List<String> ROLES = List.of("anonymous", "author", "author2", "lead", "approver", "auditor", "admin");

    /** What people other than administrators may change through the engine: the service's own operations. */
    static final Set<String> PEOPLES_OPERATIONS = Set.of("claim", "unclaim", "complete", "submit",
            "startProcessInstance", "startProcessInstanceByKey", "submitForm", "submitFormByKey");

    /** Parts of the API that change people, groups and grants, which only the service's own pages do. */
    static final Set<String> IDENTITY = Set.of("User", "Group", "Tenant", "Authorization");

    static final List<EngineOperation> OPERATIONS = new EngineOperations().all();

    private static ScreeningCase atScreening;

    @LocalServerPort
    int port;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcClient jdbc;

    private EngineDoors doors;
    private ServiceOwnedFacts facts;

    static Stream<Arguments> engineRestCells() {
        return OPERATIONS.stream().flatMap(operation -> ROLES.stream().map(role -> Arguments.of(operation, role)));
    }

    static Stream<Arguments> tasklistCells() {
        return engineRestCells().filter(cell -> !((EngineOperation) cell.get()[0]).reads());
    }

    @BeforeEach
    void openDoors() {
        doors = new EngineDoors(port);
        facts = new ServiceOwnedFacts(jdbc);
        if (atScreening == null) {
            atScreening = ScreeningCase.start(driver, repository, "Every operation");
        }
    }

    @ParameterizedTest(name = "{0} at /engine-rest as {1}")
    @MethodSource("engineRestCells")
    void everyOperationAtEngineRestIsRefusedOrChecked(EngineOperation operation, String role) throws Exception {
        answerFor(Door.ENGINE_REST, operation, role);
    }

    @ParameterizedTest(name = "{0} in Tasklist's API as {1}")
    @MethodSource("tasklistCells")
    void everyChangeInTasklistsApiIsRefusedOrChecked(EngineOperation operation, String role) throws Exception {
        answerFor(Door.TASKLIST_API, operation, role);
    }

    private void answerFor(Door door, EngineOperation operation, String role) throws Exception {
        boolean admin = role.equals("admin");
        Map<String, Object> before = facts.of(atScreening.processInstance(), atScreening.assessment());

        HttpResponse<String> answer = doors.send(door, role, operation.method(), path(operation, admin),
                operation.method().equals("POST") || operation.method().equals("PUT") ? "{}" : null);

        Map<String, Object> after = facts.of(atScreening.processInstance(), atScreening.assessment());
        int status = answer.statusCode();
        String cell = "%s as %s answered %d %s".formatted(operation, role, status, abbreviated(answer.body()));
        assertThat(status).as(cell).isLessThan(500);
        if (role.equals("anonymous")) {
            assertThat(status).as(cell).isEqualTo(401);
        } else if (!operation.reads() && (IDENTITY.contains(operation.tag()) || operation.tag().equals("External Task"))) {
            assertThat(status).as(cell).isEqualTo(403);
        } else if (!operation.reads() && !admin && PEOPLES_OPERATIONS.contains(operation.id())) {
            assertThat(status).as(cell).isBetween(400, 499);
        } else if (!operation.reads() && !admin) {
            assertThat(status).as(cell).isEqualTo(403);
        }
        if (admin && !operation.reads() && status < 300) {
            Object lastSeq = ((List<?>) before.get("audit")).isEmpty() ? 0
                    : ((Map<?, ?>) ((List<?>) before.get("audit")).get(0)).get("CHAIN_SEQ");
            assertThat(facts.auditEventsAfter(lastSeq, EngineDoorFilter.AUDIT_TYPE)).as(cell)
                    .singleElement().satisfies(event -> assertThat(event.get("SUMMARY").toString()).contains(operation.id()));
            before.remove("audit");
            after.remove("audit");
        }
        assertThat(after).as("what the service owns after " + cell).isEqualTo(before);
    }

    /** The operation's path, with the ids of the assessment for people, and ids that do not exist for administrators. */
    private static String path(EngineOperation operation, boolean admin) {
        String path = operation.path();
        if (admin) {
            return path.replaceAll("\\{[^}]+}", "matrix-unknown");
        }
        String tag = operation.tag();
        String id = tag.startsWith("Task") ? atScreening.task()
                : tag.startsWith("Process Instance") || tag.equals("Execution") || tag.equals("Historic Process Instance")
                        ? atScreening.processInstance()
                : tag.equals("Process Definition") ? atScreening.definition()
                : tag.equals("Deployment") ? atScreening.deployment()
                : "matrix-unknown";
        return path.replace("{id}", id)
                .replace("{key}", tag.startsWith("Decision") ? "screening-decision" : AssessmentDriver.PROCESS)
                .replace("{varName}", "author")
                .replace("{userId}", "author2")
                .replace("{groupId}", "eia-authors")
                .replaceAll("\\{[^}]+}", "matrix-unknown");
    }

    private static String abbreviated(String body) {
        return body == null || body.length() < 300 ? body : body.substring(0, 300) + "…";
    }

}
