package uk.nhs.eia.demo.process;

import static uk.nhs.eia.demo.process.CohortDriver.contract;
import static uk.nhs.eia.demo.process.CohortDriver.feedback;
import static uk.nhs.eia.demo.process.CohortDriver.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.eia.ServerClock;
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.mentoring.MentoringForms;
import uk.nhs.eia.mentoring.MentoringPair;
import uk.nhs.eia.mentoring.MentoringProcess;
import uk.nhs.eia.mentoring.PairActivity;
import uk.nhs.eia.mentoring.Pairs;
import uk.nhs.eia.training.DelegateImport;
import uk.nhs.eia.training.TrainingRecords;
import uk.nhs.eia.training.TrainingRecords.NewSession;

/**
 * On the first start of a demo installation, two mentoring cohorts: last year's, run from applications to end
 * feedback with meetings and a coaching call, so its report and files have something to show; and this year's, where
 * ten staff have applied and the programme lead has the proposed pairs to confirm.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = {"eia.demo.enabled", "eia.demo.assessments"}, havingValue = "true")
class DemoCohorts implements ApplicationRunner {

    private static final String LEAD = "mlead";
    private static final List<String> MORNINGS = List.of("mon-am", "wed-am", "fri-am");
    private static final List<String> AFTERNOONS = List.of("tue-pm", "thu-pm");

    private static final List<String> DIRECTORATES = List.of("nursing-quality", "digital", "finance", "operations", "workforce");
    private static final List<String> GOALS = List.of("understand-lived-experience", "inclusive-leadership", "career-progression",
            "change-practice");
    private static final List<String> INTERESTS = List.of("recruitment", "patient-care", "wellbeing", "community");
    private static final List<String> TOPICS = List.of("What a first year on the ward was like", "Being passed over for "
            + "promotion, and what the panel never saw", "How the rota is decided", "Speaking up in meetings");

    private final CohortDriver driver;
    private final Cohorts cohorts;
    private final Pairs pairs;
    private final PairActivity activity;
    private final TrainingRecords training;
    private final DelegateImport attendance;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCohorts(CohortDriver driver, Cohorts cohorts, Pairs pairs, PairActivity activity, TrainingRecords training,
            DelegateImport attendance, TransactionTemplate transaction, Clock clock) {
        this.driver = driver;
        this.cohorts = cohorts;
        this.pairs = pairs;
        this.activity = activity;
        this.training = training;
        this.attendance = attendance;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!cohorts.cohorts().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ServerClock.ENGLAND));
        // One transaction each: the engine's job executor sees a past closing date's timer only once the cohort's
        // applications are in and its lead has closed them.
        transaction.executeWithoutResult(status -> finishedCohort(today.minusMonths(7)));
        transaction.executeWithoutResult(status -> cohortAtPairing(today.plusDays(10)));
    }

    private void finishedCohort(LocalDate closed) {
        long cohort = driver.open(LEAD, "Reciprocal mentoring: first cohort", closed, 6);
        apply(cohort, List.of("amara", "mei", "fatima"), List.of("helen", "sarah", "claire"));
        long session = training.createSession(new NewSession("Reciprocal mentoring: techniques, empathy and feedback",
                closed.plusDays(3), "Grace Mensah", "in-person", 180, 12), LEAD).id();
        attendance.importCsv("""
                username,completedOn,name,trainer
                amara,%1$s,,yes
                mei,%1$s,,no
                fatima,%1$s,,no
                helen,%1$s,,no
                sarah,%1$s,,yes
                claire,%1$s,,no
                """.formatted(closed.plusDays(3)), session, LEAD);
        cohorts.addSession(cohort, session, LEAD);
        driver.closeApplications(cohort, LEAD);
        driver.confirmPairs(cohort, LEAD);
        List<MentoringPair> confirmed = pairs.pairsOf(cohort);
        int n = 0;
        for (MentoringPair pair : confirmed) {
            driver.complete(driver.stepOf(cohort, MentoringProcess.AGREE_CONTRACT, pair.id()), pair.mentor(), contract());
            for (int meeting = 0; meeting < 3 + n; meeting++) {
                activity.logMeeting(pair.id(), pair.mentor(), Map.of(MentoringForms.MEETING_DATE,
                        closed.plusWeeks(2 + 4L * meeting).toString(), MentoringForms.MEETING_MINUTES, 60,
                        MentoringForms.MEETING_TOPICS, TOPICS.get((meeting + n) % TOPICS.size())));
            }
            n++;
        }
        MentoringPair coached = confirmed.get(0);
        activity.requestCoaching(coached.id(), coached.leader(), Map.of(MentoringForms.COACHING_REASON,
                "We find it hard to move from stories to what I should change as a leader"));
        driver.complete(driver.steps(cohort, MentoringProcess.SCHEDULE_COACHING_CALL).get(0), "coach", Map.of(
                MentoringForms.CALL_DATE, closed.plusWeeks(9).toString(), MentoringForms.CALL_HELD, MentoringForms.HELD,
                MentoringForms.CALL_NOTES, "Agreed one action for each meeting"));
        driver.fire(cohort, MentoringProcess.MID_POINT_REACHED);
        giveFeedback(cohort, MentoringProcess.MID_POINT_FEEDBACK, 3, null);
        driver.fire(cohort, MentoringProcess.PROGRAMME_ENDED);
        giveFeedback(cohort, MentoringProcess.END_FEEDBACK, 4, "Hearing what a night shift is like for a black nurse "
                + "changed how I run our rota reviews");
    }

    private void cohortAtPairing(LocalDate closes) {
        long cohort = driver.open(LEAD, "Reciprocal mentoring: second cohort", closes, 12);
        apply(cohort, List.of("amara", "ravi", "mei", "kwame", "fatima"), List.of("helen", "james", "sarah", "david", "claire"));
        driver.closeApplications(cohort, LEAD);
    }

    /** Reverse mentors free in the mornings or afternoons, leaders the same, so that who fits whom is worth working out. */
    private void apply(long cohort, List<String> mentors, List<String> leaders) {
        for (int i = 0; i < mentors.size(); i++) {
            driver.apply(cohort, mentors.get(i), survey(MentoringForms.REVERSE_MENTOR, DIRECTORATES.get(i), "ravi".equals(mentors.get(i))
                    ? "james" : null, i % 2 == 0 ? MORNINGS : AFTERNOONS, List.of(GOALS.get(i % GOALS.size()), "speak-up"),
                    List.of(INTERESTS.get(i % INTERESTS.size())), 2 + i % 2));
        }
        for (int i = 0; i < leaders.size(); i++) {
            driver.apply(cohort, leaders.get(i), survey(MentoringForms.SENIOR_LEADER, DIRECTORATES.get((i + 2) % DIRECTORATES.size()),
                    null, i % 3 == 0 ? AFTERNOONS : MORNINGS, List.of(GOALS.get((i + 1) % GOALS.size())),
                    List.of(INTERESTS.get((i + 1) % INTERESTS.size())), 3));
        }
    }

    private void giveFeedback(long cohort, String step, int score, String comments) {
        driver.steps(cohort, step).forEach(task -> driver.complete(task, task.getAssignee(),
                feedback(score + 1, score, score, score + 1, comments)));
    }

}
