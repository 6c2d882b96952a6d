package uk.nhs.eia.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import uk.nhs.eia.contract.Choice;
import uk.nhs.eia.contract.Step;

/**
 * Fifty people at once, each signed in with a session of their own and doing their real work through our pages
 * (with the anti-forgery token the page gives) and the JSON API: authors start assessments and write each step
 * (a page form for the proposal and screening, a draft through the API for the rest), check their answers and
 * submit; equality leads claim quality reviews from their team's tasks and accept them or return one in five to the
 * impact assessment; the named decision-makers read the record and sign off; compliance leads read the register,
 * the dashboard and records. Everyone works without pauses but for someone with nothing to do, who looks again
 * after a moment, and the readers, who read for a second.
 *
 * <p>Run against a service that is already up ({@code scripts/load-test.sh} starts one on PostgreSQL):
 * {@code ./mvnw test-compile gatling:test -DbaseUrl=http://localhost:8080 -Dduration=180}. Every signed-off
 * assessment is one request named "sign-off: submit", so its rate is whole assessments a second.
 */
public class FiftyPeopleSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("duration", 180));
    private static final Duration RAMP_UP = Duration.ofSeconds(Integer.getInteger("rampUp", 10));
    private static final Duration IDLE = Duration.ofMillis(Integer.getInteger("idleMs", 500));
    private static final Duration READING = Duration.ofMillis(Integer.getInteger("readingMs", 1000));
    /** How long someone spends on a form page before sending it; none by default, which makes this a stress test. */
    private static final Duration WRITING = Duration.ofMillis(Integer.getInteger("writingMs", 0));
    private static final LoadPeople PEOPLE = LoadPeople.of(Integer.getInteger("people", 50));
    private static final int RETURN_ONE_IN = 5;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Long> RETURNED_ONCE = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger TITLES = new AtomicInteger();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html,application/json;q=0.9")
            .acceptLanguageHeader("en-GB")
            .userAgentHeader("FiftyPeopleSimulation")
            .disableCaching();

    private static final ChainBuilder SIGN_IN = exec(
            http("sign-in page").get("/sign-in").check(css("input[name='_csrf']", "value").saveAs("csrf")),
            http("sign in").post("/sign-in")
                    .formParam("username", "#{username}")
                    .formParam("password", LoadPeople.PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    // After signing in the session, and so its anti-forgery token, is new: take it from the home page.
                    .check(substring("Sign out"), css("input[name='_csrf']", "value").saveAs("csrf")));

    /** The person's own tasks, as their task list shows them. */
    private static final ChainBuilder MY_TASKS = exec(
            http("my tasks (API)").get("/api/tasks?scope=mine").check(bodyString().saveAs("tasks")));

    // Authors -----------------------------------------------------------------------------------------------------

    private static final ChainBuilder START_ASSESSMENT = exec(
            http("start: page").get("/assessments/new").check(css("input[name='_csrf']", "value").saveAs("csrf")))
            .pause(WRITING)
            .exec(http("start: submit").post("/assessments/new")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .body(StringBody(FiftyPeopleSimulation::proposalForm))
                    .check(currentLocationRegex("/assessments/(\\d+)$").exists(),
                            substring("Your first step is screening")));

    /** Screening through its page form: Continue, check your answers, Submit. */
    private static final ChainBuilder SCREENING_IN_PAGES = exec(
            http("step: form page").get("/tasks/#{taskId}").check(css("input[name='_csrf']", "value").saveAs("csrf")))
            .pause(WRITING)
            .exec(http("step: continue").post("/tasks/#{taskId}")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .body(StringBody(session -> PageForm.encode(screening(true), session.getString("csrf"),
                            "_action", "continue")))
                    .check(substring("Check your answers")),
            http("step: submit").post("/tasks/#{taskId}/submit").formParam("_csrf", "#{csrf}")
                    .check(substring("submitted for")));

    /** A step written as a draft through the JSON API, then checked and submitted in the pages. */
    private static final ChainBuilder STEP_AS_DRAFT = exec(
            http("step: form page").get("/tasks/#{taskId}").check(css("input[name='_csrf']", "value").saveAs("csrf")))
            .pause(WRITING)
            .exec(draftCheckAndSubmit("step", session -> draft(answersFor(session.getString("stepKey"))), "Check your answers"));

    /**
     * Whatever is waiting for the author, oldest first: the steps of the assessment just started, and any step an
     * equality lead returned.
     */
    private static final ChainBuilder WORK_THROUGH_MY_TASKS = exec(MY_TASKS)
            .exec(FiftyPeopleSimulation::nextTask)
            .asLongAs(session -> session.contains("taskId")).on(
                    doIfOrElse(session -> Step.SCREENING.key().equals(session.getString("stepKey")))
                            .then(SCREENING_IN_PAGES)
                            .orElse(STEP_AS_DRAFT)
                            .exec(MY_TASKS)
                            .exec(FiftyPeopleSimulation::nextTask));

    private final ScenarioBuilder authors = scenario("authors")
            .feed(LoadPeople.feeder(PEOPLE.authors))
            .exec(SIGN_IN)
            .during(DURATION).on(exitBlockOnFail().on(START_ASSESSMENT, WORK_THROUGH_MY_TASKS));

    // Equality leads ------------------------------------------------------------------------------------------------

    /**
     * Two leads may reach for the same task at once: the second is told it is taken (409), on the claim page or when
     * claiming, goes back to their home page and looks for another.
     */
    private static final ChainBuilder QUALITY_REVIEW = exec(
            http("review: claim page").get("/tasks/#{taskId}")
                    .check(status().in(200, 409).saveAs("claimed"), css("input[name='_csrf']", "value").saveAs("csrf")))
            .doIf(session -> session.getInt("claimed") == 200).then(exec(
                    http("review: claim").post("/tasks/#{taskId}/claim").formParam("_csrf", "#{csrf}")
                            .check(status().in(200, 409).saveAs("claimed"))))
            .doIfOrElse(session -> session.getInt("claimed") == 409)
            .then(exec(http("review: taken by another lead, home page").get("/")))
            .orElse(doIfOrElse(FiftyPeopleSimulation::returnsThisOne)
                    .then(exec(
                            http("review: return page").get("/tasks/#{taskId}/return")
                                    .check(css("input[name='_csrf']", "value").saveAs("csrf")))
                            .pause(WRITING)
                            .exec(http("review: return").post("/tasks/#{taskId}/return")
                                    .formParam("toStep", "impact")
                                    .formParam("comment", "Say what the evidence shows for disabled patients.")
                                    .formParam("_csrf", "#{csrf}")
                                    .check(substring("returned to the author"))))
                    .orElse(pause(WRITING).exec(draftCheckAndSubmit("review",
                            session -> draft(qualityReview(Choice.QUALITY_REVIEW_ACCEPT.value(), null)), "Check your answers"))));

    private final ScenarioBuilder equalityLeads = scenario("equality leads")
            .feed(LoadPeople.feeder(PEOPLE.leads))
            .exec(SIGN_IN)
            .during(DURATION).on(exitBlockOnFail().on(
                    exec(http("team tasks (API)").get("/api/tasks?scope=team").check(bodyString().saveAs("tasks")))
                            .exec(session -> pickTeamTask(session, Step.QUALITY_REVIEW))
                            .doIfOrElse(session -> session.contains("taskId"))
                            .then(QUALITY_REVIEW)
                            .orElse(pause(IDLE))));

    // Approvers -----------------------------------------------------------------------------------------------------

    private static final ChainBuilder SIGN_OFF = exec(
            http("sign-off: read the record").get("/assessments/#{assessmentId}").check(substring("Quality review")),
            http("sign-off: form page").get("/tasks/#{taskId}").check(css("input[name='_csrf']", "value").saveAs("csrf")))
            .pause(WRITING)
            .exec(draftCheckAndSubmit("sign-off", session -> draft(signOff(Choice.SIGN_OFF_APPROVE.value(), null)),
                    "due regard"));

    private final ScenarioBuilder approvers = scenario("approvers")
            .feed(LoadPeople.feeder(PEOPLE.approvers))
            .exec(SIGN_IN)
            .during(DURATION).on(exitBlockOnFail().on(
                    exec(MY_TASKS)
                            .exec(FiftyPeopleSimulation::nextTask)
                            .doIfOrElse(session -> session.contains("taskId"))
                            .then(SIGN_OFF)
                            .orElse(pause(IDLE))));

    // Compliance leads reading --------------------------------------------------------------------------------------

    private final ScenarioBuilder readers = scenario("readers")
            .feed(LoadPeople.feeder(PEOPLE.readers))
            .exec(SIGN_IN)
            .during(DURATION).on(exitBlockOnFail().on(
                    exec(http("read: register page").get("/assessments").check(substring("Assessments")))
                            .pause(READING)
                            .exec(http("read: register search (API)").get("/api/assessments?q=Load&status=PUBLISHED&size=20")
                                    .check(regex("\"id\":(\\d+)").findRandom().optional().saveAs("readId")))
                            .pause(READING)
                            .doIf(session -> session.contains("readId")).then(exec(
                                    http("read: record page").get("/assessments/#{readId}").check(substring("Timeline")))
                                    .pause(READING))
                            .exec(http("read: dashboard page").get("/reports").check(substring("Completion and quality")))
                            .pause(READING)
                            .exec(http("read: summary (API)").get("/api/reports/summary?directorate=operations"))
                            .pause(READING)));

    {
        setUp(
                authors.injectOpen(rampUsers(PEOPLE.authors.size()).during(RAMP_UP)),
                equalityLeads.injectOpen(rampUsers(PEOPLE.leads.size()).during(RAMP_UP)),
                approvers.injectOpen(rampUsers(PEOPLE.approvers.size()).during(RAMP_UP)),
                readers.injectOpen(rampUsers(PEOPLE.readers.size()).during(RAMP_UP)))
                .protocols(protocol)
                .maxDuration(DURATION.plus(RAMP_UP).plusSeconds(60))
                .assertions(
                        global().failedRequests().count().is(0L),
                        global().responseTime().percentile(95.0).lte(200),
                        details("sign-off: submit").requestsPerSec().gte(10.0));
    }

    @Override
    public void before() {
        PEOPLE.createMissing(BASE_URL, System.getProperty("adminPassword", "demo"));
        System.out.printf("%d people at %s for %s after a %s ramp-up%n", PEOPLE.count(), BASE_URL, DURATION, RAMP_UP);
    }

    /**
     * The answers saved as the person's draft through the JSON API (with the page's anti-forgery token, as a session
     * request must send it), then check your answers and Submit in the pages, each request named after {@code who}.
     */
    private static ChainBuilder draftCheckAndSubmit(String who, Function<Session, String> draft, String checkPageSays) {
        return exec(
                http(who + ": save draft (API)").put("/api/tasks/#{taskId}/draft")
                        .header("X-CSRF-TOKEN", "#{csrf}")
                        .body(StringBody(draft))
                        .asJson()
                        .check(status().is(204)),
                http(who + ": check your answers").get("/tasks/#{taskId}/check").check(substring(checkPageSays)),
                http(who + ": submit").post("/tasks/#{taskId}/submit").formParam("_csrf", "#{csrf}")
                        .check(substring("submitted for")));
    }

    private static String proposalForm(Session session) {
        String author = session.getString("username");
        Map<String, Object> answers = proposal("Load clinic %d by %s".formatted(TITLES.incrementAndGet(), author),
                "service-change", "new", PEOPLE.directorateOf(author), PEOPLE.decisionMakerFor(author),
                LocalDate.now().plusMonths(2));
        return PageForm.encode(answers, session.getString("csrf"));
    }

    private static Map<String, Object> answersFor(String stepKey) {
        Step step = Step.byKey(stepKey).orElseThrow(() -> new IllegalStateException("No answers for step " + stepKey));
        return switch (step) {
            case EVIDENCE_AND_ENGAGEMENT -> evidenceAndEngagement();
            case IMPACT_ASSESSMENT -> impactAssessment();
            case ACTION_PLAN_AND_OUTCOME -> actionPlanAndOutcome(LocalDate.now().plusYears(1));
            default -> throw new IllegalStateException("The load test does not answer " + step.stepName());
        };
    }

    /** The first of the person's tasks, soonest due, as {@code taskId}, {@code stepKey} and {@code assessmentId}. */
    private static Session nextTask(Session session) {
        List<Map<String, Object>> tasks = tasks(session);
        Session cleared = session.remove("taskId");
        if (tasks.isEmpty()) {
            return cleared;
        }
        return withTask(cleared, tasks.get(0));
    }

    /** One of the team's unclaimed tasks of this step, chosen at random so that leads seldom reach for the same. */
    private static Session pickTeamTask(Session session, Step step) {
        List<Map<String, Object>> tasks = tasks(session).stream().filter(task -> step.key().equals(task.get("stepKey"))).toList();
        Session cleared = session.remove("taskId");
        if (tasks.isEmpty()) {
            return cleared;
        }
        return withTask(cleared, tasks.get(ThreadLocalRandom.current().nextInt(tasks.size())));
    }

    private static Session withTask(Session session, Map<String, Object> task) {
        return session.set("taskId", task.get("id")).set("stepKey", task.get("stepKey"))
                .set("assessmentId", ((Number) task.get("assessmentId")).longValue());
    }

    /** One in five assessments is returned at its first quality review, as a lead asking for more would. */
    private static boolean returnsThisOne(Session session) {
        long assessmentId = session.getLong("assessmentId");
        return assessmentId % RETURN_ONE_IN == 0 && RETURNED_ONCE.add(assessmentId);
    }

    private static List<Map<String, Object>> tasks(Session session) {
        try {
            return JSON.readValue(session.getString("tasks"), new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The task list is not JSON", e);
        }
    }

    private static String draft(Map<String, Object> answers) {
        try {
            return JSON.writeValueAsString(Map.of("data", answers));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
