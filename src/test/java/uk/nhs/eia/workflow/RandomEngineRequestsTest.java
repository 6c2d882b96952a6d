package uk.nhs.eia.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.forms.HostileSubmissions;
import uk.nhs.eia.workflow.EngineDoors.Door;

/**
 * Random requests at both engine doors, as every role and as someone not signed in: any operation Camunda describes
 * (now and then with the wrong method), with the ids of a real assessment or none that exist, and bodies that are
 * missing, broken, or full of variables of every type, named after the service's own facts or the form's questions.
 * None is answered with a server error, and unless an administrator asked, nothing the service owns changes; a
 * supported operation that succeeds still leaves the case's author, decision-maker and record as they were.
 */
@EiaSpringBootTest
class RandomEngineRequestsTest {

    private static final int REQUESTS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<EngineOperation> OPERATIONS = new EngineOperations().all();
    private static final List<String> NAMES = List.of("author", "decisionMaker", "assessmentId", "reference", "returnTo",
            "qualityReviewDecision", "signOffDecision", "fullAssessmentRequired", "screeningRationale", "differentialImpact",
            "riskLikelihood", "title", "directorate", "__proto__", "");
    private static final List<String> FIELDS = List.of("variables", "modifications", "deletions", "userId", "groupId",
            "type", "startInstructions", "name", "description", "assignee", "owner", "due", "businessKey", "errorCode",
            "message", "withVariablesInReturn", "skipCustomListeners", "value", "valueInfo", "processVariables");

    @LocalServerPort
    int port;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noRandomRequestIsAServerErrorOrChangesWhatTheServiceOwns() throws Exception {
        EngineDoors doors = new EngineDoors(port);
        ServiceOwnedFacts facts = new ServiceOwnedFacts(jdbc);
        ScreeningCase atScreening = ScreeningCase.start(driver, repository, "Random requests");
        List<String> ids = List.of(atScreening.processInstance(), atScreening.task(), atScreening.definition(),
                atScreening.deployment(), "matrix-unknown");

        for (EngineRequest request : requests(ids).sampleStream().limit(REQUESTS).toList()) {
            Map<String, Object> before = facts.of(atScreening.processInstance(), atScreening.assessment());

            HttpResponse<String> answer = doors.send(request.door(), request.role(), request.method(), request.path(), request.body());

            String seen = "%s answered %d %s".formatted(request, answer.statusCode(), answer.body());
            assertThat(answer.statusCode()).as(seen).isLessThan(500);
            if (!request.role().equals("admin")) {
                Map<String, Object> after = facts.of(atScreening.processInstance(), atScreening.assessment());
                if (answer.statusCode() < 300 && EngineDoor.PEOPLES_OPERATIONS.contains(request.operation().id())) {
                    assertThat(caseIdentity(after)).as(seen).isEqualTo(caseIdentity(before));
                } else {
                    assertThat(after).as(seen).isEqualTo(before);
                }
            }
        }
    }

    /** Who wrote the case, who decides it, and which record it is: what no supported operation changes. */
    private static Object caseIdentity(Map<String, Object> facts) {
        List<?> serviceOwned = ((List<?>) facts.get("variables")).stream().map(Map.class::cast)
                .filter(variable -> List.of("author", "decisionMaker", "assessmentId", "reference").contains(variable.get("NAME_")))
                .map(variable -> variable.get("NAME_") + "=" + variable.get("TEXT_") + variable.get("LONG_"))
                .sorted().toList();
        return List.of(facts.get("record"), serviceOwned);
    }

    private static Arbitrary<EngineRequest> requests(List<String> ids) {
        Arbitrary<EngineOperation> operations = Arbitraries.of(OPERATIONS);
        Arbitrary<String> roles = Arbitraries.of(EveryEngineOperationTest.ROLES);
        Arbitrary<String> methods = Arbitraries.of("GET", "POST", "PUT", "DELETE");
        return Combinators.combine(operations, Arbitraries.of(Door.values()), roles, Arbitraries.of(ids),
                        Arbitraries.integers().between(0, 9), methods, bodies())
                .as((operation, door, role, id, wrongMethod, method, body) -> new EngineRequest(operation, door, role,
                        wrongMethod == 0 ? method : operation.method(),
                        operation.path().replaceAll("\\{[^}]+}", role.equals("admin") ? "matrix-unknown" : id),
                        body));
    }

    private static Arbitrary<String> bodies() {
        Arbitrary<Object> variable = Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(HostileSubmissions.values(2), types()).as((value, type) ->
                        (Object) (type.isEmpty() ? Map.of("value", String.valueOf(value)) : Map.of("value", String.valueOf(value), "type", type)))),
                Tuple.of(1, types().map(type -> (Object) Map.of("type", type))),
                Tuple.of(1, HostileSubmissions.values(2)));
        Arbitrary<Object> variables = Arbitraries.maps(Arbitraries.of(NAMES), variable).ofMaxSize(4).map(map -> (Object) map);
        Arbitrary<Object> field = Arbitraries.oneOf(variables, HostileSubmissions.values(1),
                Arbitraries.of(EveryEngineOperationTest.ROLES).map(role -> (Object) role));
        Arbitrary<String> json = Arbitraries.maps(Arbitraries.of(FIELDS), field).ofMaxSize(4).map(RandomEngineRequestsTest::json);
        return Arbitraries.frequencyOf(
                Tuple.of(6, json),
                Tuple.of(1, Arbitraries.of("", "{", "[]", "null", "{}", "\"text\"", "{\"variables\":[]}", "{\"variables\":null}")),
                Tuple.of(1, Arbitraries.just(null)));
    }

    private static Arbitrary<String> types() {
        return Arbitraries.of("String", "Integer", "Long", "Double", "Boolean", "Date", "Json", "Object", "File", "Bytes",
                "Null", "Nonsense", "");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            return "{}";
        }
    }

    record EngineRequest(EngineOperation operation, Door door, String role, String method, String path, String body) {
        @Override
        public String toString() {
            return "%s %s at %s as %s with %s".formatted(method, path, door, role,
                    body == null ? "no body" : body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
    }
}
