package uk.nhs.eia.cluster;

import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import uk.nhs.eia.contract.Step;

/**
 * Authors walking assessments from proposal to publication through the JSON API, one thread each, with the equality
 * lead's quality review and the approver's sign-off, until told to stop. Each walker reads where its assessment
 * stands before each step rather than assuming, because a request cut off by a dying node may or may not have
 * been carried out.
 */
final class Walkers {

    static final String LEAD = "lead";
    static final String DECISION_MAKER = "approver";

    private static final int GIVE_UP_AFTER_MISSES = 60;

    private final Api api;
    private final Acknowledged acknowledged;
    private final AtomicBoolean going = new AtomicBoolean(true);
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger counter = new AtomicInteger();
    private final ExecutorService threads;
    private final List<String> authors;

    Walkers(Api api, Acknowledged acknowledged, List<String> authors) {
        this.api = api;
        this.acknowledged = acknowledged;
        this.authors = authors;
        // Daemon threads: a run that fails half-way still ends.
        this.threads = Executors.newFixedThreadPool(authors.size(), walk -> {
            Thread thread = new Thread(walk, "walker");
            thread.setDaemon(true);
            return thread;
        });
    }

    void start() {
        authors.forEach(author -> threads.submit(() -> walkUntilStopped(author)));
    }

    /** Lets each walker finish the request it is making, and waits for them. */
    void stop() throws InterruptedException {
        going.set(false);
        threads.shutdown();
        threads.awaitTermination(5, TimeUnit.MINUTES);
    }

    int published() {
        return published.get();
    }

    /** Starts an assessment that nobody walks on: it waits at screening for its timers. */
    Long startParked(String author, String title) {
        Api.Answer started = api.post(author, "/api/assessments", proposalFor(title));
        if (!started.ok()) {
            return null;
        }
        long id = started.json().get("id").asLong();
        acknowledged.started(id, started.node());
        return id;
    }

    private void walkUntilStopped(String author) {
        while (going.get()) {
            try {
                Api.Answer started = api.post(author, "/api/assessments",
                        proposalFor("Walked proposal " + counter.incrementAndGet() + " by " + author));
                if (started.ok()) {
                    long id = started.json().get("id").asLong();
                    acknowledged.started(id, started.node());
                    walk(author, id);
                } else {
                    pauseAfter(started);
                }
            } catch (RuntimeException unexpected) {
                pause(1000);
            }
        }
    }

    private void walk(String author, long id) {
        int misses = 0;
        while (going.get() && misses < GIVE_UP_AFTER_MISSES) {
            Api.Answer record = api.get(author, "/api/assessments/" + id);
            if (!record.ok()) {
                misses++;
                pauseAfter(record);
                continue;
            }
            JsonNode assessment = record.json();
            if ("PUBLISHED".equals(assessment.get("status").asText())) {
                published.incrementAndGet();
                return;
            }
            JsonNode tasks = assessment.get("currentTasks");
            if (tasks == null || tasks.isEmpty()) {
                misses++;
                pause(500);
                continue;
            }
            if (!takeStep(author, id, tasks.get(0))) {
                misses++;
            }
        }
    }

    private boolean takeStep(String author, long id, JsonNode task) {
        String taskId = task.get("id").asText();
        Step step = step(task.get("stepKey").asText());
        String actor = switch (step.actor()) {
            case EQUALITY_LEAD -> LEAD;
            case DECISION_MAKER -> DECISION_MAKER;
            default -> author;
        };
        if (task.get("assignee").isNull()) {
            Api.Answer claimed = api.post(actor, "/api/tasks/" + taskId + "/claim", null);
            if (!claimed.ok() && claimed.status() != 409) {
                pauseAfter(claimed);
                return false;
            }
        }
        Api.Answer completed = api.post(actor, "/api/tasks/" + taskId + "/complete", Map.of("data", answersFor(step)));
        if (completed.ok()) {
            acknowledged.completed(id, taskId, step.key(), completed.node());
            return true;
        }
        pauseAfter(completed);
        return false;
    }

    private static Map<String, Object> answersFor(Step step) {
        return switch (step) {
            case SCREENING -> screening(true);
            case EVIDENCE_AND_ENGAGEMENT -> evidenceAndEngagement();
            case IMPACT_ASSESSMENT -> impactAssessment();
            case ACTION_PLAN_AND_OUTCOME -> actionPlanAndOutcome(LocalDate.now().plusYears(1));
            case QUALITY_REVIEW -> qualityReview("accept", null);
            case SIGN_OFF -> signOff("approve", null);
            default -> throw new IllegalStateException("The walk does not take " + step);
        };
    }

    private static Map<String, Object> proposalFor(String title) {
        return proposal(title, "service-change", "new", "operations", DECISION_MAKER, LocalDate.now().plusMonths(2));
    }

    private static Step step(String key) {
        return Arrays.stream(Step.values()).filter(step -> step.key().equals(key)).findFirst().orElseThrow();
    }

    /** A node that is down or cannot reach the database is given a moment, as a person would give it. */
    private static void pauseAfter(Api.Answer answer) {
        pause(answer.noAnswer() || answer.status() == 503 ? 1000 : 200);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
