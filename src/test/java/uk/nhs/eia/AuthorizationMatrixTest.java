package uk.nhs.eia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.demo.process.CohortDriver;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.evidence.EvidenceStep;
import uk.nhs.eia.evidence.KeptDocuments;
import uk.nhs.eia.library.Citations;
import uk.nhs.eia.library.EvidenceLibrary;
import uk.nhs.eia.library.SourceDetails;
import uk.nhs.eia.evidence.Uploads;
import uk.nhs.eia.legacy.LegacyImport;
import uk.nhs.eia.mentoring.MentoringForms;
import uk.nhs.eia.mentoring.Pairs;
import uk.nhs.eia.people.People;
import uk.nhs.eia.training.DelegateImport;
import uk.nhs.eia.training.TrainingRecords;
import uk.nhs.eia.training.TrainingRecords.NewSession;

/**
 * Who may do what, at every door: each {@code /api} endpoint, each page, the {@code /engine-rest} operations that
 * matter and the Camunda webapps, for every role and for someone not signed in. A cell changes nothing unless the
 * role may make the change, and cells that make one work on an assessment of their own.
 */
@EiaSpringBootTest
class AuthorizationMatrixTest {

    /** The roles, in the order of the expected statuses in each row. "author2" is an author of another directorate. */
    static final List<String> ROLES = List.of("anonymous", "author", "author2", "lead", "approver", "auditor", "admin");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, Object> FEEDBACK = Map.of("data",
            Map.of("satisfaction", "4", "pace", "about-right", "length", "about-right"));

    private static Fixture shared;
    private static Training sharedTraining;
    private static Evidence sharedEvidence;
    private static Evidence sharedReview;
    private static PublishedFiles sharedPublished;
    private static Long sharedSourceWithDocument;
    private static Mentoring sharedMentoring;

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    People people;
    @Autowired
    TrainingRecords training;
    @Autowired
    DelegateImport delegates;
    @Autowired
    AssessmentService assessments;
    @Autowired
    EvidenceLibrary library;
    @Autowired
    Citations citations;
    @Autowired
    KeptDocuments documents;
    @Autowired
    CohortDriver cohorts;
    @Autowired
    Pairs mentoringPairs;

    static Stream<Arguments> cells() {
        return rows().stream().flatMap(row -> ROLES.stream().map(role -> Arguments.of(row.name(), role, row)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void everyRoleGetsExactlyWhatItIsAllowed(String name, String role, Row row) throws Exception {
        int expected = row.expected()[ROLES.indexOf(role)];
        assertThat(row.request().apply(this, role)).as("%s as %s", name, role).isEqualTo(expected);
    }

    static List<Row> rows() {
        return List.of(
                // The JSON API
                row("GET /api/tasks", "401 200 200 200 200 200 200", (t, r) -> t.api(r, "GET", "/api/tasks?scope=mine", null)),
                row("GET /api/tasks/drafts", "401 200 200 200 200 200 200", (t, r) -> t.api(r, "GET", "/api/tasks/drafts", null)),
                row("GET /api/assessments", "401 200 200 200 200 200 200", (t, r) -> t.api(r, "GET", "/api/assessments", null)),
                row("GET /api/assessments/{id}", "401 200 403 200 200 200 403",
                        (t, r) -> t.api(r, "GET", "/api/assessments/" + t.shared().screening.id, null)),
                row("GET /api/assessments/{id}/quality", "401 200 403 200 200 200 403",
                        (t, r) -> t.api(r, "GET", "/api/assessments/" + t.shared().screening.id + "/quality", null)),
                row("GET /api/assessments/{id}/history", "401 200 403 200 200 200 403",
                        (t, r) -> t.api(r, "GET", "/api/assessments/" + t.shared().screening.id + "/history", null)),
                // The record page's diagram: refused exactly as the record is ("page /assessments/{id}").
                row("GET /api/assessments/{id}/diagram", "401 200 403 200 200 200 403",
                        (t, r) -> t.api(r, "GET", "/api/assessments/" + t.shared().screening.id + "/diagram", null)),
                row("GET /api/assessments/{unknown}/diagram", "401 404 404 404 404 404 404",
                        (t, r) -> t.api(r, "GET", "/api/assessments/999999/diagram", null)),
                row("GET /api/assessments/{id}/export.zip", "401 200 403 200 200 200 403",
                        (t, r) -> t.api(r, "GET", "/api/assessments/" + t.shared().screening.id + "/export.zip", null)),
                row("GET /api/assessments/{unpublished}/export.pdf", "401 404 403 404 404 404 403",
                        (t, r) -> t.api(r, "GET", "/api/assessments/" + t.shared().screening.id + "/export.pdf", null)),
                row("GET /api/assessments/{unknown}", "401 404 404 404 404 404 404",
                        (t, r) -> t.api(r, "GET", "/api/assessments/999999", null)),
                row("POST /api/assessments", "401 201 201 403 403 403 403",
                        (t, r) -> t.api(r, "POST", "/api/assessments", t.proposalFor(r))),
                row("POST /api/assessments/{id}/withdraw", "401 200 403 403 403 403 403",
                        (t, r) -> t.api(r, "POST", "/api/assessments/" + t.atScreening().id + "/withdraw", Map.of("reason", "Dropped"))),
                row("PUT /api/assessments/{id}/author", "401 200 403 403 403 403 200",
                        (t, r) -> t.api(r, "PUT", "/api/assessments/" + t.atScreening().id + "/author",
                                Map.of("username", "author2", "reason", "Moved team"))),
                row("GET /api/people/decision-makers", "401 200 200 403 403 403 403",
                        (t, r) -> t.api(r, "GET", "/api/people/decision-makers?name=ar", null)),
                row("GET /api/assessments/{id}/shares/choosable", "401 200 403 403 403 403 403",
                        (t, r) -> t.api(r, "GET", "/api/assessments/" + t.shared().screening.id + "/shares/choosable", null)),
                row("GET /api/assessments/{id}/author/choosable", "401 200 403 403 403 403 200",
                        (t, r) -> t.api(r, "GET", "/api/assessments/" + t.shared().screening.id + "/author/choosable", null)),
                row("POST /api/assessments/{id}/shares", "401 204 403 403 403 403 403",
                        (t, r) -> t.api(r, "POST", "/api/assessments/" + t.atScreening().id + "/shares", Map.of("username", "author2"))),
                row("GET /api/tasks/{id}/form", "401 200 403 403 403 403 403",
                        (t, r) -> t.api(r, "GET", "/api/tasks/" + t.shared().screening.task + "/form", null)),
                row("PUT /api/tasks/{id}/draft", "401 204 403 403 403 403 403",
                        (t, r) -> t.api(r, "PUT", "/api/tasks/" + t.shared().screening.task + "/draft", Map.of("data", Map.of()))),
                row("POST /api/tasks/{id}/complete (incomplete answers)", "401 422 403 403 403 403 403",
                        (t, r) -> t.api(r, "POST", "/api/tasks/" + t.shared().screening.task + "/complete", Map.of("data", Map.of()))),
                row("POST /api/tasks/{quality review}/claim", "401 403 403 204 403 403 403",
                        (t, r) -> t.api(r, "POST", "/api/tasks/" + t.atQualityReview().task + "/claim", null)),
                row("POST /api/tasks/{unclaimed}/unclaim", "401 403 403 409 403 403 403",
                        (t, r) -> t.api(r, "POST", "/api/tasks/" + t.shared().qualityReview.task + "/unclaim", null)),
                row("POST /api/tasks/{unclaimed}/return", "401 403 403 409 403 403 403",
                        (t, r) -> t.api(r, "POST", "/api/tasks/" + t.shared().qualityReview.task + "/return",
                                Map.of("toStep", "impact", "comment", "More evidence"))),
                row("POST /api/tasks/{sign-off}/complete", "401 403 403 403 200 403 403",
                        (t, r) -> t.api(r, "POST", "/api/tasks/" + t.atSignOff().task + "/complete",
                                Map.of("data", signOff("approve", null)))),
                row("POST /api/tasks/{sign-off}/return", "401 403 403 403 200 403 403",
                        (t, r) -> t.api(r, "POST", "/api/tasks/" + t.atSignOff().task + "/return",
                                Map.of("toStep", "impact", "comment", "More evidence"))),
                row("GET /api/notifications", "401 200 200 200 200 200 200", (t, r) -> t.api(r, "GET", "/api/notifications", null)),
                row("GET /api/reports/summary", "401 403 403 200 200 200 403", (t, r) -> t.api(r, "GET", "/api/reports/summary", null)),
                row("GET /api/reports/summary/{table}.csv", "401 403 403 200 200 200 403",
                        (t, r) -> t.api(r, "GET", "/api/reports/summary/status.csv", null)),
                row("GET /api/reports/indicators", "401 403 403 403 403 200 403",
                        (t, r) -> t.api(r, "GET", "/api/reports/indicators", null)),
                row("GET /api/reports/overdue-actions", "401 403 403 200 200 200 403",
                        (t, r) -> t.api(r, "GET", "/api/reports/overdue-actions", null)),
                row("GET /api/reports/register.csv", "401 403 403 200 200 200 403",
                        (t, r) -> t.api(r, "GET", "/api/reports/register.csv", null)),
                row("GET /api/audit/verify", "401 403 403 403 403 200 200", (t, r) -> t.api(r, "GET", "/api/audit/verify", null)),
                row("GET /api/training/sessions", "401 403 403 403 403 403 200",
                        (t, r) -> t.api(r, "GET", "/api/training/sessions", null)),
                row("GET /api/training/status/author", "401 200 403 200 403 200 200",
                        (t, r) -> t.api(r, "GET", "/api/training/status/author", null)),
                row("POST /api/training/sessions/{attended}/feedback", "401 201 201 201 201 201 201",
                        (t, r) -> t.api(r, "POST", "/api/training/sessions/" + t.trainingSession(true) + "/feedback", FEEDBACK)),
                row("POST /api/training/sessions/{not attended}/feedback", "401 403 403 403 403 403 403",
                        (t, r) -> t.api(r, "POST", "/api/training/sessions/" + t.sharedTraining().notAttended() + "/feedback", FEEDBACK)),
                row("GET /api/training/sessions/{id}/feedback", "401 403 403 403 403 403 200",
                        (t, r) -> t.api(r, "GET", "/api/training/sessions/" + t.sharedTraining().attended() + "/feedback", null)),
                row("GET /api/training/feedback", "401 403 403 403 403 403 200",
                        (t, r) -> t.api(r, "GET", "/api/training/feedback", null)),
                row("GET /api/training/policy", "401 200 200 200 200 200 200",
                        (t, r) -> t.api(r, "GET", "/api/training/policy", null)),
                row("PUT /api/training/policy", "401 403 403 403 403 403 200",
                        (t, r) -> t.api(r, "PUT", "/api/training/policy", Map.of("policy", "warn"))),
                row("GET /api/reports/training", "401 403 403 200 200 200 403",
                        (t, r) -> t.api(r, "GET", "/api/reports/training", null)),
                row("GET /api/reports/training/{table}.csv", "401 403 403 200 200 200 403",
                        (t, r) -> t.api(r, "GET", "/api/reports/training/trained-authors.csv", null)),
                row("GET /api/admin/users", "401 403 403 403 403 403 200", (t, r) -> t.api(r, "GET", "/api/admin/users", null)),
                row("PUT /api/account/password (no current password)", "401 422 422 422 422 422 422",
                        (t, r) -> t.api(r, "PUT", "/api/account/password", Map.of("currentPassword", "", "newPassword", "x"))),
                row("POST /api/admin/users/{username}/unlock", "401 403 403 403 403 403 200",
                        (t, r) -> t.api(r, "POST", "/api/admin/users/author2/unlock", null)),
                row("PUT /api/admin/users/{username}/password (breaks the policy)", "401 403 403 403 403 403 422",
                        (t, r) -> t.api(r, "PUT", "/api/admin/users/author2/password", Map.of("password", "short"))),
                row("POST /api/forms/validate", "401 403 403 403 403 403 200",
                        (t, r) -> t.api(r, "POST", "/api/forms/validate", Map.of("formId", "screening", "data", Map.of()))),
                row("POST /api/assessments/{id}/evidence", "401 201 403 403 403 403 403", (t, r) -> t.upload(r)),
                row("POST /api/admin/legacy-imports (a row naming no one known)", "401 403 403 403 403 403 422",
                        (t, r) -> t.legacyImport(r)),
                row("GET /api/admin/bank-holidays", "401 403 403 403 403 403 200",
                        (t, r) -> t.api(r, "GET", "/api/admin/bank-holidays", null)),
                row("GET /api/admin/deployments", "401 403 403 403 403 403 200",
                        (t, r) -> t.api(r, "GET", "/api/admin/deployments", null)),
                row("POST /api/admin/deployments (a file that is no model)", "401 403 403 403 403 403 422",
                        (t, r) -> t.multipartApi(r, "/api/admin/deployments",
                                "files", "notes.txt", "Not a model".getBytes(StandardCharsets.UTF_8))),
                row("GET /api/assessments/{id}/evidence", "401 200 403 200 200 200 403",
                        (t, r) -> t.api(r, "GET", "/api/assessments/" + t.evidence().step().id + "/evidence", null)),
                row("GET /api/assessments/{id}/evidence/{fileId}", "401 200 403 200 200 200 403",
                        (t, r) -> t.api(r, "GET", "/api/assessments/" + t.evidence().step().id + "/evidence/" + t.evidence().file(), null)),
                row("DELETE /api/assessments/{id}/evidence/{fileId}", "401 204 403 403 403 403 403",
                        (t, r) -> t.api(r, "DELETE", "/api/assessments/" + t.evidence().step().id + "/evidence/" + t.evidenceFile(), null)),
                row("GET /api/tasks/{evidence}/evidence", "401 200 403 200 200 200 403",
                        (t, r) -> t.api(r, "GET", "/api/tasks/" + t.evidence().step().task + "/evidence", null)),
                row("PUT /api/assessments/{id}/evidence/{fileId}/publishable", "401 200 403 403 403 403 403",
                        (t, r) -> t.api(r, "PUT", "/api/assessments/" + t.evidence().step().id + "/evidence/"
                                + t.evidence().file() + "/publishable", Map.of("publishable", true))),
                row("PUT /api/assessments/{id}/evidence/{fileId}/publication-agreement", "401 403 403 200 403 403 403",
                        (t, r) -> t.api(r, "PUT", "/api/assessments/" + t.atClaimedReview().step().id + "/evidence/"
                                + t.atClaimedReview().file() + "/publication-agreement", Map.of("agreed", true))),
                row("GET /api/reports/cumulative", "401 403 403 200 403 200 403",
                        (t, r) -> t.api(r, "GET", "/api/reports/cumulative", null)),
                row("GET /api/reports/cumulative/proposals", "401 403 403 200 403 200 403",
                        (t, r) -> t.api(r, "GET", "/api/reports/cumulative/proposals?group=age", null)),
                row("GET /api/reports/cumulative.csv", "401 403 403 200 403 200 403",
                        (t, r) -> t.api(r, "GET", "/api/reports/cumulative.csv", null)),
                row("GET /api/library/sources", "401 200 200 200 200 200 200",
                        (t, r) -> t.api(r, "GET", "/api/library/sources?q=Matrix", null)),
                row("POST /api/library/sources", "401 403 403 201 403 403 403",
                        (t, r) -> t.api(r, "POST", "/api/library/sources", t.sourceDetails(null))),
                row("GET /api/library/sources/{id}", "401 200 200 200 200 200 200",
                        (t, r) -> t.api(r, "GET", "/api/library/sources/" + t.librarySource(), null)),
                row("PUT /api/library/sources/{id}", "401 403 403 200 403 403 403",
                        (t, r) -> t.api(r, "PUT", "/api/library/sources/" + t.librarySource(), t.sourceDetails(1))),
                row("POST /api/library/documents", "401 403 403 201 403 403 403",
                        (t, r) -> new Uploads(t.port).rawTo("anonymous".equals(r) ? null : r, "/api/library/documents",
                                "minutes.txt", "Minutes".getBytes(StandardCharsets.UTF_8)).statusCode()),
                row("GET /api/library/sources/{id}/document", "401 200 200 200 200 200 200",
                        (t, r) -> t.api(r, "GET", "/api/library/sources/" + t.sourceWithDocument() + "/document", null)),
                row("GET /api/library/sources/{id}/use", "401 200 200 200 200 200 200",
                        (t, r) -> t.api(r, "GET", "/api/library/sources/" + t.librarySource() + "/use", null)),
                row("GET /api/library/coverage", "401 200 200 200 200 200 200",
                        (t, r) -> t.api(r, "GET", "/api/library/coverage", null)),
                row("GET /api/assessments/{id}/sources", "401 200 403 200 200 200 403",
                        (t, r) -> t.api(r, "GET", "/api/assessments/" + t.evidence().step().id + "/sources", null)),
                row("POST /api/assessments/{id}/sources", "401 201 403 403 403 403 403",
                        (t, r) -> t.api(r, "POST", "/api/assessments/" + t.evidence().step().id + "/sources",
                                Map.of("sourceId", t.librarySource(), "shows", "What it shows"))),
                row("DELETE /api/assessments/{id}/sources/{citationId}", "401 204 403 403 403 403 403",
                        (t, r) -> t.api(r, "DELETE", "/api/assessments/" + t.evidence().step().id + "/sources/"
                                + t.citation(), null)),
                row("GET /api/mentoring/cohorts", "401 200 200 200 200 200 200",
                        (t, r) -> t.api(r, "GET", "/api/mentoring/cohorts", null)),
                row("POST /api/mentoring/cohorts", "401 403 403 403 403 403 201",
                        (t, r) -> t.api(r, "POST", "/api/mentoring/cohorts", Map.of("data", t.cohortAnswers()))),
                row("GET /api/mentoring/cohorts/{id}", "401 200 200 200 200 200 200",
                        (t, r) -> t.api(r, "GET", "/api/mentoring/cohorts/" + t.mentoring().running(), null)),
                row("GET /api/mentoring/cohorts/{unknown}", "401 404 404 404 404 404 404",
                        (t, r) -> t.api(r, "GET", "/api/mentoring/cohorts/999999999", null)),
                row("POST /api/mentoring/cohorts/{id}/applications", "401 201 201 201 201 201 201",
                        (t, r) -> t.api(r, "POST", "/api/mentoring/cohorts/" + t.openCohort() + "/applications",
                                Map.of("data", survey(MentoringForms.REVERSE_MENTOR)))),
                row("POST /api/mentoring/cohorts/{id}/swaps", "401 403 403 403 403 403 204",
                        (t, r) -> t.api(r, "POST", "/api/mentoring/cohorts/" + t.mentoring().pairing() + "/swaps",
                                Map.of("one", "amara", "other", "ravi"))),
                row("POST /api/mentoring/cohorts/{id}/leavers", "401 403 403 403 403 403 200",
                        (t, r) -> t.api(r, "POST", "/api/mentoring/cohorts/" + t.cohortWith("claire") + "/leavers",
                                Map.of("username", "claire", "reason", "Moved to another trust"))),
                row("POST /api/mentoring/cohorts/{id}/sessions", "401 403 403 403 403 403 204",
                        (t, r) -> t.api(r, "POST", "/api/mentoring/cohorts/" + t.openCohort() + "/sessions",
                                Map.of("sessionId", t.trainingSession(false)))),
                row("GET /api/mentoring/cohorts/{id}/report", "401 403 403 403 403 200 200",
                        (t, r) -> t.api(r, "GET", "/api/mentoring/cohorts/" + t.mentoring().running() + "/report", null)),
                row("GET /api/mentoring/cohorts/{id}/report.csv", "401 403 403 403 403 200 200",
                        (t, r) -> t.api(r, "GET", "/api/mentoring/cohorts/" + t.mentoring().running() + "/report.csv", null)),
                row("GET /api/mentoring/cohorts/{id}/handover.zip", "401 403 403 403 403 200 200",
                        (t, r) -> t.api(r, "GET", "/api/mentoring/cohorts/" + t.mentoring().running() + "/handover.zip", null)),
                row("GET /api/mentoring/pairs (your own)", "401 200 200 200 200 200 200",
                        (t, r) -> t.api(r, "GET", "/api/mentoring/pairs", null)),
                row("GET /api/mentoring/pairs/{id} (author and approver are the pair)", "401 200 403 403 200 403 200",
                        (t, r) -> t.api(r, "GET", "/api/mentoring/pairs/" + t.mentoring().pair(), null)),
                row("POST /api/mentoring/pairs/{id}/meetings", "401 201 403 403 201 403 403",
                        (t, r) -> t.api(r, "POST", "/api/mentoring/pairs/" + t.mentoring().pair() + "/meetings",
                                Map.of("data", Map.of(MentoringForms.MEETING_DATE, LocalDate.now().toString(),
                                        MentoringForms.MEETING_MINUTES, 60)))),
                row("POST /api/mentoring/pairs/{id}/coaching-requests", "401 201 403 403 201 403 403",
                        (t, r) -> t.api(r, "POST", "/api/mentoring/pairs/" + t.mentoring().pair() + "/coaching-requests",
                                Map.of("data", Map.of(MentoringForms.COACHING_REASON, "We keep missing meetings")))),
                row("GET /v3/api-docs", "401 200 200 200 200 200 200", (t, r) -> t.api(r, "GET", "/v3/api-docs", null)),

                // The engine's REST API
                row("GET /engine-rest/task", "401 200 200 200 200 200 200", (t, r) -> t.api(r, "GET", "/engine-rest/task", null)),
                row("GET /engine-rest/task/{id}/variables", "401 200 403 403 403 200 200",
                        (t, r) -> t.api(r, "GET", "/engine-rest/task/" + t.shared().screening.task + "/variables", null)),
                row("PUT /engine-rest/task/{id}/variables/{name}", "401 403 403 403 403 403 204",
                        (t, r) -> t.api(r, "PUT", "/engine-rest/task/" + t.shared().screening.task + "/variables/note",
                                Map.of("value", "x", "type", "String"))),
                row("POST /engine-rest/task/{quality review}/claim", "401 403 403 204 403 403 403",
                        (t, r) -> t.api(r, "POST", "/engine-rest/task/" + t.atQualityReview().task + "/claim", Map.of("userId", r))),
                row("POST /engine-rest/task/{id}/complete", "401 204 403 403 403 403 403",
                        (t, r) -> t.api(r, "POST", "/engine-rest/task/" + t.atScreening().task + "/complete",
                                Map.of("variables", t.rest(screening(true))))),
                row("POST /engine-rest/task/{id}/submit-form", "401 204 403 403 403 403 403",
                        (t, r) -> t.api(r, "POST", "/engine-rest/task/" + t.atScreening().task + "/submit-form",
                                Map.of("variables", t.rest(screening(true))))),
                row("POST /engine-rest/task/{sign-off}/complete", "401 403 403 403 204 403 403",
                        (t, r) -> t.api(r, "POST", "/engine-rest/task/" + t.atSignOff().task + "/complete",
                                Map.of("variables", t.rest(signOff("approve", null))))),
                row("POST /engine-rest/process-definition/key/{key}/start", "401 200 200 403 403 403 403",
                        (t, r) -> t.api(r, "POST", "/engine-rest/process-definition/key/equality-impact-assessment/start",
                                Map.of("variables", t.rest(t.proposalFor(r))))),
                row("DELETE /engine-rest/process-instance/{id}", "401 403 403 403 403 403 204",
                        (t, r) -> t.api(r, "DELETE", "/engine-rest/process-instance/" + t.atScreening().processInstance, null)),
                row("POST /engine-rest/deployment/create", "401 403 403 403 403 403 200",
                        (t, r) -> t.deploy(r)),
                row("POST /engine-rest/filter/create", "401 403 403 403 403 403 200",
                        (t, r) -> t.api(r, "POST", "/engine-rest/filter/create", Map.of("resourceType", "Task",
                                "name", "Matrix " + System.nanoTime(), "query", Map.of()))),

                // The Camunda webapps
                row("GET /camunda/app/tasklist/", "302 200 200 200 200 200 200",
                        (t, r) -> t.api(r, "GET", "/camunda/app/tasklist/default/", null)),
                row("GET /camunda/app/cockpit/", "302 403 403 403 403 403 200",
                        (t, r) -> t.api(r, "GET", "/camunda/app/cockpit/default/", null)),
                row("GET /camunda/app/admin/", "302 403 403 403 403 403 200",
                        (t, r) -> t.api(r, "GET", "/camunda/app/admin/default/", null)),
                row("GET /camunda/api/cockpit/...", "401 403 403 403 403 403 200",
                        (t, r) -> t.api(r, "GET", "/camunda/api/cockpit/plugin/base/default/process-definition/statistics", null)),

                // Our pages
                row("page /", "302 200 200 200 200 200 200", (t, r) -> t.page(r, get("/"))),
                row("page /assessments", "302 200 200 200 200 200 200", (t, r) -> t.page(r, get("/assessments"))),
                row("page /assessments/{id}", "302 200 403 200 200 200 403",
                        (t, r) -> t.page(r, get("/assessments/" + t.shared().screening.id))),
                row("page /assessments/{id}/history", "302 200 403 200 200 200 403",
                        (t, r) -> t.page(r, get("/assessments/" + t.shared().screening.id + "/history"))),
                row("page /assessments/new", "302 200 200 403 403 403 403", (t, r) -> t.page(r, get("/assessments/new"))),
                row("page /mentoring", "302 200 200 200 200 200 200", (t, r) -> t.page(r, get("/mentoring"))),
                row("page /mentoring/cohorts/new", "302 403 403 403 403 403 200", (t, r) -> t.page(r, get("/mentoring/cohorts/new"))),
                row("page /mentoring/cohorts/{id}", "302 200 200 200 200 200 200",
                        (t, r) -> t.page(r, get("/mentoring/cohorts/" + t.mentoring().running()))),
                row("page /mentoring/cohorts/{id}/report", "302 403 403 403 403 200 200",
                        (t, r) -> t.page(r, get("/mentoring/cohorts/" + t.mentoring().running() + "/report"))),
                row("page /mentoring/pairs/{id} (author and approver are the pair)", "302 200 403 403 200 403 200",
                        (t, r) -> t.page(r, get("/mentoring/pairs/" + t.mentoring().pair()))),
                row("page /tasks/{id}", "302 200 403 403 403 403 403",
                        (t, r) -> t.page(r, get("/tasks/" + t.shared().screening.task))),
                row("page /tasks/{quality review} (claim page)", "302 403 403 200 403 403 403",
                        (t, r) -> t.page(r, get("/tasks/" + t.shared().qualityReview.task))),
                row("page POST /tasks/{quality review}/claim", "302 403 403 302 403 403 403",
                        (t, r) -> t.page(r, post("/tasks/" + t.atQualityReview().task + "/claim").with(csrf()))),
                row("page POST /assessments/{id}/withdraw", "302 302 403 403 403 403 403",
                        (t, r) -> t.page(r, post("/assessments/" + t.atScreening().id + "/withdraw").param("reason", "Dropped").with(csrf()))),
                row("page /assessments/{id}/author", "302 200 403 403 403 403 200",
                        (t, r) -> t.page(r, get("/assessments/" + t.shared().screening.id + "/author"))),
                row("page POST /assessments/{id}/author", "302 302 403 403 403 403 302",
                        (t, r) -> t.page(r, post("/assessments/" + t.atScreening().id + "/author").param("username", "author2")
                                .param("reason", "Moved team").with(csrf()))),
                row("page /tasks/{evidence} (with its files)", "302 200 403 403 403 403 403",
                        (t, r) -> t.page(r, get("/tasks/" + t.evidence().step().task))),
                row("page POST /tasks/{evidence}/evidence", "302 302 403 403 403 403 403",
                        (t, r) -> t.page(r, multipart("/tasks/" + t.evidence().step().task + "/evidence")
                                .file(new MockMultipartFile("file", "notes.txt", "text/plain", "Notes".getBytes(StandardCharsets.UTF_8)))
                                .with(csrf()))),
                row("page POST /tasks/{evidence}/evidence/{fileId}/remove", "302 302 403 403 403 403 403",
                        (t, r) -> t.page(r, post("/tasks/" + t.evidence().step().task + "/evidence/" + t.evidenceFile() + "/remove")
                                .with(csrf()))),
                row("page POST /tasks/{evidence}/evidence/{fileId}/publishable", "302 302 403 403 403 403 403",
                        (t, r) -> t.page(r, post("/tasks/" + t.evidence().step().task + "/evidence/" + t.evidence().file()
                                + "/publishable").param("publishable", "true").with(csrf()))),
                row("page POST /tasks/{quality review}/evidence/{fileId}/publication-agreement", "302 403 403 302 403 403 403",
                        (t, r) -> t.page(r, post("/tasks/" + t.atClaimedReview().step().task + "/evidence/"
                                + t.atClaimedReview().file() + "/publication-agreement").param("agreed", "true").with(csrf()))),
                row("page /register/{ref}/versions/1/files/{published} (public)", "200 200 200 200 200 200 200",
                        (t, r) -> t.page(r, get(t.published().path()))),
                row("page /register/{ref}/versions/1/files/{not published} (public)", "404 404 404 404 404 404 404",
                        (t, r) -> t.page(r, get(t.published().unpublishedPath()))),
                row("page /assessments/{id}/evidence/{fileId}", "302 200 403 200 200 200 403",
                        (t, r) -> t.page(r, get("/assessments/" + t.evidence().step().id + "/evidence/" + t.evidence().file()))),
                row("page /reports/cumulative/proposals", "302 403 403 200 403 200 403",
                        (t, r) -> t.page(r, get("/reports/cumulative/proposals").param("group", "age"))),
                row("page /reports/cumulative", "302 403 403 200 403 200 403", (t, r) -> t.page(r, get("/reports/cumulative"))),
                row("page /library", "302 200 200 200 200 200 200", (t, r) -> t.page(r, get("/library"))),
                row("page /library/coverage", "302 200 200 200 200 200 200", (t, r) -> t.page(r, get("/library/coverage"))),
                row("page /library/{id}", "302 200 200 200 200 200 200",
                        (t, r) -> t.page(r, get("/library/" + t.librarySource()))),
                row("page /admin/legacy-imports", "302 403 403 403 403 403 200", (t, r) -> t.page(r, get("/admin/legacy-imports"))),
                row("page /admin/processes", "302 403 403 403 403 403 200", (t, r) -> t.page(r, get("/admin/processes"))),
                row("page /admin/bank-holidays", "302 403 403 403 403 403 200", (t, r) -> t.page(r, get("/admin/bank-holidays"))),
                row("page POST /admin/processes (a file that is no model)", "302 403 403 403 403 403 200",
                        (t, r) -> t.page(r, multipart("/admin/processes")
                                .file(new MockMultipartFile("files", "notes.txt", "text/plain", "Not a model".getBytes(StandardCharsets.UTF_8)))
                                .with(csrf()))),
                row("page POST /admin/legacy-imports (a row naming no one known)", "302 403 403 403 403 403 200",
                        (t, r) -> t.page(r, multipart("/admin/legacy-imports")
                                .file(new MockMultipartFile("records", "records.csv", "text/csv", AuthorizationMatrixTest.legacyRecords()))
                                .file(new MockMultipartFile("documents", "documents.zip", "application/zip", new byte[0]))
                                .with(csrf()))),
                row("page /library/{id}/document", "302 200 200 200 200 200 200",
                        (t, r) -> t.page(r, get("/library/" + t.sourceWithDocument() + "/document"))),
                row("page /library/new", "302 403 403 200 403 403 403", (t, r) -> t.page(r, get("/library/new"))),
                row("page POST /library/new", "302 403 403 302 403 403 403",
                        (t, r) -> t.page(r, post("/library/new").params(t.sourceForm()).with(csrf()))),
                row("page /library/{id}/edit", "302 403 403 200 403 403 403",
                        (t, r) -> t.page(r, get("/library/" + t.librarySource() + "/edit"))),
                row("page /tasks/{evidence}/sources/{sourceId}", "302 200 403 403 403 403 403",
                        (t, r) -> t.page(r, get("/tasks/" + t.evidence().step().task + "/sources/" + t.librarySource()))),
                row("page POST /tasks/{evidence}/sources/{sourceId}", "302 302 403 403 403 403 403",
                        (t, r) -> t.page(r, post("/tasks/" + t.evidence().step().task + "/sources/" + t.librarySource())
                                .param("shows", "What it shows").with(csrf()))),
                row("page POST /tasks/{evidence}/citations/{id}/remove", "302 302 403 403 403 403 403",
                        (t, r) -> t.page(r, post("/tasks/" + t.evidence().step().task + "/citations/" + t.citation()
                                + "/remove").with(csrf()))),
                row("page /notifications", "302 200 200 200 200 200 200", (t, r) -> t.page(r, get("/notifications"))),
                row("page /reports", "302 403 403 200 200 200 403", (t, r) -> t.page(r, get("/reports"))),
                row("page /reports/indicators", "302 403 403 403 403 200 403", (t, r) -> t.page(r, get("/reports/indicators"))),
                row("page /reports/overdue-actions", "302 403 403 200 200 200 403",
                        (t, r) -> t.page(r, get("/reports/overdue-actions"))),
                row("page /audit", "302 403 403 403 403 200 200", (t, r) -> t.page(r, get("/audit"))),
                row("page /register (public)", "200 200 200 200 200 200 200", (t, r) -> t.page(r, get("/register"))),
                row("page /admin/users", "302 403 403 403 403 403 200", (t, r) -> t.page(r, get("/admin/users"))),
                row("page /account/password", "302 200 200 200 200 200 200", (t, r) -> t.page(r, get("/account/password"))),
                row("page POST /admin/users/{username}/unlock", "302 403 403 403 403 403 302",
                        (t, r) -> t.page(r, post("/admin/users/author2/unlock").with(csrf()))),
                row("page POST /admin/users/{username}/password (breaks the policy)", "302 403 403 403 403 403 200",
                        (t, r) -> t.page(r, post("/admin/users/author2/password").param("password", "short").with(csrf()))),
                row("page /admin/training", "302 403 403 403 403 403 200", (t, r) -> t.page(r, get("/admin/training"))),
                row("page /admin/training/{id}", "302 403 403 403 403 403 200",
                        (t, r) -> t.page(r, get("/admin/training/" + t.sharedTraining().attended()))),
                row("page /admin/training/feedback", "302 403 403 403 403 403 200",
                        (t, r) -> t.page(r, get("/admin/training/feedback"))),
                row("page /admin/training/policy", "302 403 403 403 403 403 200",
                        (t, r) -> t.page(r, get("/admin/training/policy"))),
                row("page POST /admin/training/policy", "302 403 403 403 403 403 302",
                        (t, r) -> t.page(r, post("/admin/training/policy").param("policy", "WARN").with(csrf()))),
                row("page /reports/training", "302 403 403 200 200 200 403", (t, r) -> t.page(r, get("/reports/training"))),
                row("page /training", "302 200 200 200 200 200 200", (t, r) -> t.page(r, get("/training"))),
                row("page /training/sessions/{attended}/feedback", "302 200 200 200 200 200 200",
                        (t, r) -> t.page(r, get("/training/sessions/" + t.sharedTraining().attended() + "/feedback"))),
                row("page /training/sessions/{not attended}/feedback", "302 403 403 403 403 403 403",
                        (t, r) -> t.page(r, get("/training/sessions/" + t.sharedTraining().notAttended() + "/feedback"))),
                row("page POST /training/sessions/{attended}/feedback", "302 302 302 302 302 302 302",
                        (t, r) -> t.page(r, post("/training/sessions/" + t.trainingSession(true) + "/feedback")
                                .param("satisfaction", "4").param("pace", "about-right").param("length", "about-right").with(csrf()))),
                row("page /forms", "302 403 403 403 403 403 200", (t, r) -> t.page(r, get("/forms"))));
    }

    // --- requests ---

    int api(String role, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json")
                    // A browser asks for a page; an API client for JSON. Someone not signed in is sent to the
                    // sign-in page in the first case, and answered 401 in the second.
                    .header("Accept", path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/v3/") || path.startsWith("/camunda/api/")
                            ? "application/json" : "text/html");
            return send(role, request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    int deploy(String role) {
        String boundary = "matrix" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmatrix\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note.txt\"; filename=\"note.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nNot a process\r\n--" + boundary + "--\r\n";
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/engine-rest/deployment/create"))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary);
            return send(role, request);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the request as the role, with HTTP Basic, or with no credentials for someone not signed in. */
    private static int send(String role, HttpRequest.Builder request) throws Exception {
        if (!role.equals("anonymous")) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((role + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    int page(String role, MockHttpServletRequestBuilder request) {
        try {
            if (!role.equals("anonymous")) {
                request.with(user(role).authorities(people.groupsOf(role).stream()
                        .map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList()));
            }
            return mvc.perform(request.accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- what the requests work on ---

    /** A proposal each role would send, naming a decision-maker other than themselves. */
    Map<String, Object> proposalFor(String role) {
        return proposal("Matrix " + role + " " + System.nanoTime(), "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1));
    }

    /** Answers as /engine-rest takes them: each value with its type left to the engine. */
    Map<String, Object> rest(Map<String, Object> answers) {
        Map<String, Object> variables = new LinkedHashMap<>();
        answers.forEach((name, value) -> variables.put(name, value instanceof List<?> || value instanceof Map<?, ?>
                ? Map.of("value", write(value), "type", "Json") : Map.of("value", value)));
        return variables;
    }

    Fixture shared() {
        if (shared == null) {
            shared = new Fixture(atScreening(), atQualityReview());
        }
        return shared;
    }

    /** An assessment at its evidence step, shared by the rows, with a file its author attached. */
    Evidence evidence() {
        if (sharedEvidence == null) {
            Step step = step(EvidenceStep.reached(driver, "Matrix evidence"));
            sharedEvidence = new Evidence(step, attachTo(step));
        }
        return sharedEvidence;
    }

    /** A file of its own, attached by the author to the shared evidence step, for a row that removes one. */
    long evidenceFile() {
        return attachTo(evidence().step());
    }

    /** A source of its own in the evidence library, added by an equality lead, for a row to read, change or cite. */
    long librarySource() {
        return library.add(sourceRecord(), "lead").id();
    }

    /** A source read in the document kept for it, shared by the rows that download it. */
    long sourceWithDocument() {
        if (sharedSourceWithDocument == null) {
            long document = documents.keep("minutes.txt", new java.io.ByteArrayInputStream(
                    "Minutes".getBytes(StandardCharsets.UTF_8)), "lead").id();
            sharedSourceWithDocument = library.add(new SourceDetails("Matrix document " + System.nanoTime(), "The trust",
                    LocalDate.now().minusMonths(1).toString(), null, "The trust", LocalDate.now().plusYears(1).toString(),
                    List.of("age"), null, document), "lead").id();
        }
        return sharedSourceWithDocument;
    }

    /** A citation of its own on the shared evidence step, for a row that removes one. */
    long citation() {
        return citations.cite(((Number) evidence().step().id).longValue(), librarySource(), "What it shows", "author").id();
    }

    Map<String, Object> sourceDetails(Integer version) {
        Map<String, Object> details = new LinkedHashMap<>(Map.of("title", "Matrix source " + System.nanoTime(),
                "publisher", "The trust", "publishedOn", LocalDate.now().minusMonths(1).toString(),
                "link", "https://example.nhs.uk/", "area", "The trust", "reviewBy", LocalDate.now().plusYears(1).toString(),
                "groups", List.of("age")));
        if (version != null) {
            details.put("version", version);
        }
        return details;
    }

    MultiValueMap<String, String> sourceForm() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        sourceDetails(null).forEach((name, value) -> form.add(name, value instanceof List<?> list ? (String) list.get(0)
                : String.valueOf(value)));
        return form;
    }

    private SourceDetails sourceRecord() {
        return new SourceDetails("Matrix source " + System.nanoTime(), "The trust", LocalDate.now().minusMonths(1).toString(),
                "https://example.nhs.uk/", "The trust", LocalDate.now().plusYears(1).toString(), List.of("age"), null);
    }

    /** A quality review the lead has claimed, of an assessment with a file its author marked publishable. */
    Evidence atClaimedReview() {
        if (sharedReview == null) {
            ProcessInstance instance = EvidenceStep.reached(driver, "Matrix publication");
            Step evidence = step(instance);
            long file = attachTo(evidence);
            markPublishable(evidence, file);
            completeAuthorsStepsAfterEvidence(instance);
            Step review = step(instance);
            new Uploads(port).send("lead", "POST", "/api/tasks/" + review.task + "/claim", null, null);
            sharedReview = new Evidence(review, file);
        }
        return sharedReview;
    }

    /** A signed-off assessment on the register with one file published and one not. */
    PublishedFiles published() {
        if (sharedPublished == null) {
            ProcessInstance instance = EvidenceStep.reached(driver, "Matrix published files");
            Step evidence = step(instance);
            long publishedFile = attachTo(evidence);
            long keptFile = attachTo(evidence);
            markPublishable(evidence, publishedFile);
            completeAuthorsStepsAfterEvidence(instance);
            Uploads lead = new Uploads(port);
            lead.send("lead", "POST", "/api/tasks/" + step(instance).task + "/claim", null, null);
            lead.send("lead", "PUT", "/api/assessments/" + evidence.id + "/evidence/" + publishedFile
                    + "/publication-agreement", "application/json", "{\"agreed\":true}".getBytes(StandardCharsets.UTF_8));
            driver.complete(instance, "lead", qualityReview("accept", null));
            driver.complete(instance, "approver", signOff("approve", null));
            String reference = assessments.byProcessInstances(List.of(instance.getId())).get(0).getReference();
            sharedPublished = new PublishedFiles("/register/" + reference + "/versions/1/files/", publishedFile, keptFile);
        }
        return sharedPublished;
    }

    private void markPublishable(Step step, long file) {
        new Uploads(port).send("author", "PUT", "/api/assessments/" + step.id + "/evidence/" + file + "/publishable",
                "application/json", "{\"publishable\":true}".getBytes(StandardCharsets.UTF_8));
    }

    private void completeAuthorsStepsAfterEvidence(ProcessInstance instance) {
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
    }

    private long attachTo(Step step) {
        try {
            HttpResponse<String> attached = new Uploads(port).raw("author", step.id, EvidenceStep.KEY,
                    "notes.txt", "Engagement notes".getBytes(StandardCharsets.UTF_8));
            return ((Number) JSON.readValue(attached.body(), Map.class).get("id")).longValue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An import refused whole, so that however often it is sent nothing is added. */
    int legacyImport(String role) {
        return multipartApi(role, "/api/admin/legacy-imports", "records", "records.csv", legacyRecords(),
                "documents", "d.zip", "not a zip".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A multipart/form-data request to the JSON API, as a client sends one.
     *
     * @param parts for each part its name, its file name and its bytes
     */
    int multipartApi(String role, String path, Object... parts) {
        String boundary = "matrix" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < parts.length; i += 3) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + parts[i]
                    + "\"; filename=\"" + parts[i + 1] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes((byte[]) parts[i + 2]);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Uploads(port).send("anonymous".equals(role) ? null : role, "POST", path,
                "multipart/form-data; boundary=" + boundary, body.toByteArray()).statusCode();
    }

    static byte[] legacyRecords() {
        return (String.join(",", LegacyImport.COLUMNS) + "\nMATRIX-1,Matrix,operations,policy,nobody-known,approver,"
                + "2022-05-01,adjust,2023-05-01,age\n").getBytes(StandardCharsets.UTF_8);
    }

    int upload(String role) {
        return new Uploads(port).raw("anonymous".equals(role) ? null : role, evidence().step().id, EvidenceStep.KEY,
                "notes.txt", "Engagement notes".getBytes(StandardCharsets.UTF_8)).statusCode();
    }

    Training sharedTraining() {
        if (sharedTraining == null) {
            sharedTraining = new Training(trainingSession(true), trainingSession(false));
        }
        return sharedTraining;
    }

    /** A training session of its own, at which every role, or no one, is recorded as a delegate. */
    long trainingSession(boolean everyRoleAttended) {
        LocalDate day = LocalDate.now().minusDays(1);
        long id = training.createSession(new NewSession("Matrix " + System.nanoTime(), day, "Equality team", "online", 60, 20),
                "admin").id();
        if (everyRoleAttended) {
            delegates.importCsv("username,completedOn\n" + ROLES.stream().filter(role -> !role.equals("anonymous"))
                    .map(role -> role + "," + day + "\n").collect(Collectors.joining()), id, "admin");
        }
        return id;
    }

    /** The answers of the mentoring-cohort start form, for a cohort whose applications close in two weeks. */
    Map<String, Object> cohortAnswers() {
        LocalDate closes = LocalDate.now().plusDays(14);
        return Map.of(MentoringForms.COHORT_NAME, "Matrix " + System.nanoTime(), MentoringForms.APPLICATIONS_CLOSE,
                closes.toString(), MentoringForms.PROGRAMME_STARTS, closes.plusWeeks(1).toString(), MentoringForms.MID_POINT,
                closes.plusWeeks(7).toString(), MentoringForms.PROGRAMME_ENDS, closes.plusWeeks(13).toString(),
                MentoringForms.PLACES, 20);
    }

    /** A mentoring cohort of its own, open for applications, for a row that applies to it or changes it. */
    long openCohort() {
        return cohorts.open("mlead", "Matrix " + System.nanoTime(), LocalDate.now().plusDays(14), 20);
    }

    /** A cohort of its own in which one person takes part, for a row that records them leaving. */
    long cohortWith(String username) {
        long cohort = openCohort();
        cohorts.apply(cohort, username, survey(MentoringForms.SENIOR_LEADER));
        return cohort;
    }

    /**
     * Two cohorts shared by the rows: one whose pairs are proposed (amara and ravi apply as reverse mentors, helen as
     * a senior leader, so one of the two is paired and a swap of them can be made again and again), and one that runs
     * with a single confirmed pair of author and approver.
     */
    Mentoring mentoring() {
        if (sharedMentoring == null) {
            long pairing = openCohort();
            cohorts.apply(pairing, "amara", survey(MentoringForms.REVERSE_MENTOR));
            cohorts.apply(pairing, "ravi", survey(MentoringForms.REVERSE_MENTOR));
            cohorts.apply(pairing, "helen", survey(MentoringForms.SENIOR_LEADER));
            cohorts.closeApplications(pairing, "mlead");
            long running = openCohort();
            cohorts.apply(running, "author", survey(MentoringForms.REVERSE_MENTOR));
            cohorts.apply(running, "approver", survey(MentoringForms.SENIOR_LEADER));
            cohorts.closeApplications(running, "mlead");
            cohorts.confirmPairs(running, "mlead");
            sharedMentoring = new Mentoring(pairing, running, mentoringPairs.pairIds(running).get(0));
        }
        return sharedMentoring;
    }

    /** An application survey on one side; everyone is free on Monday mornings, so any two may be paired. */
    static Map<String, Object> survey(String side) {
        return CohortDriver.survey(side, "operations", null, List.of("mon-am"), List.of("inclusive-leadership"),
                List.of("wellbeing"), 3);
    }

    Step atScreening() {
        ProcessInstance instance = driver.start("author", proposal("Matrix " + System.nanoTime(), "service-change",
                "new", "operations", "approver", LocalDate.now().plusMonths(2)));
        return step(instance);
    }

    Step atQualityReview() {
        return step(qualityReviewInstance());
    }

    Step atSignOff() {
        ProcessInstance instance = qualityReviewInstance();
        driver.complete(instance, "lead", qualityReview("accept", null));
        return step(instance);
    }

    private ProcessInstance qualityReviewInstance() {
        ProcessInstance instance = driver.start("author", proposal("Matrix " + System.nanoTime(), "service-change",
                "new", "operations", "approver", LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        return instance;
    }

    private Step step(ProcessInstance instance) {
        Object id = driver.assessmentId(instance);
        return new Step(id, instance.getId(), driver.currentTask(instance).getId());
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Row row(String name, String expected, BiFunction<AuthorizationMatrixTest, String, Integer> request) {
        return new Row(name, Arrays.stream(expected.split(" ")).mapToInt(Integer::parseInt).toArray(), request);
    }

    record Row(String name, int[] expected, BiFunction<AuthorizationMatrixTest, String, Integer> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Step(Object id, String processInstance, String task) {
    }

    record Fixture(Step screening, Step qualityReview) {
    }

    record Training(long attended, long notAttended) {
    }

    record Evidence(Step step, long file) {
    }

    record Mentoring(long pairing, long running, long pair) {
    }

    record PublishedFiles(String files, long published, long unpublished) {
        String path() {
            return files + published;
        }

        String unpublishedPath() {
            return files + unpublished;
        }
    }
}
