package uk.nhs.eia.notification;

import static uk.nhs.eia.ServerClock.ENGLAND;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.assessment.AssessmentStatus;
import uk.nhs.eia.assessment.DueFollowUps;
import uk.nhs.eia.assessment.DueFollowUps.DueAction;
import uk.nhs.eia.assessment.DueFollowUps.DueReview;
import uk.nhs.eia.people.People;
import uk.nhs.eia.training.TrainingRecords;
import uk.nhs.eia.training.TrainingRecords.Expiring;

/**
 * The daily follow-up: a reminder when an action falls due within {@value #ACTION_NOTICE_DAYS} days and another once
 * it is overdue, to the author and to the owner when the owner is someone who signs in; and a reminder to the author
 * {@value #REVIEW_NOTICE_DAYS} days before a review date, and once a screened-out assessment's review date has
 * passed (a published one gets its Review step instead); and a reminder to anyone whose EIA training runs out within
 * {@value #TRAINING_NOTICE_DAYS} days. Each reminder goes once, however often this runs.
 */
@Service
public class FollowUpReminders {

    static final int ACTION_NOTICE_DAYS = 7;
    static final int REVIEW_NOTICE_DAYS = 30;
    static final int TRAINING_NOTICE_DAYS = 90;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final DueFollowUps due;
    private final Notifications notifications;
    private final People people;
    private final TrainingRecords training;
    private final JdbcClient jdbc;
    private final Clock clock;

    FollowUpReminders(DueFollowUps due, Notifications notifications, People people, TrainingRecords training,
            JdbcClient jdbc, Clock clock) {
        this.due = due;
        this.notifications = notifications;
        this.people = people;
        this.training = training;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void sendFor(LocalDate today) {
        due.actionsDueBy(today.plusDays(ACTION_NOTICE_DAYS)).forEach(action -> remind(action, today));
        due.reviewsDueBy(today.plusDays(REVIEW_NOTICE_DAYS)).forEach(review -> remind(review, today));
        training.expiringBetween(today, today.plusDays(TRAINING_NOTICE_DAYS)).forEach(this::remind);
    }

    private void remind(Expiring expiring) {
        if (firstTime("TRAINING_EXPIRES", expiring.completionId(), expiring.expiresOn())) {
            notifications.tell(expiring.username(), "Your EIA training expires on " + DAY.format(expiring.expiresOn()),
                    "Book a place on an EIA training session with your equality and diversity team before then, so "
                            + "that the assessments you write are not flagged or held up.", "/training");
        }
    }

    private void remind(DueAction action, LocalDate today) {
        boolean overdue = action.dueDate().isBefore(today);
        if (!firstTime(overdue ? "ACTION_OVERDUE" : "ACTION_DUE_SOON", action.actionId(), action.dueDate())) {
            return;
        }
        Set<String> people = new LinkedHashSet<>();
        people.add(action.author());
        if (!this.people.groupsOf(action.owner()).isEmpty()) {
            people.add(action.owner());
        }
        String subject = (overdue ? "Overdue action for %s" : "Action due soon for %s").formatted(action.reference());
        String body = "\"%s\" (owner: %s) %s %s. When it is done, record it in the action plan at the next review."
                .formatted(action.description(), action.owner(), overdue ? "was due on" : "is due on", DAY.format(action.dueDate()));
        people.forEach(person -> notifications.tell(person, subject, body, "/assessments/" + action.assessmentId()));
    }

    private void remind(DueReview review, LocalDate today) {
        boolean passed = review.reviewDate().isBefore(today);
        if (passed && review.status() != AssessmentStatus.SCREENED_OUT
                || !firstTime(passed ? "REVIEW_OVERDUE" : "REVIEW_DUE_SOON", review.assessmentId(), review.reviewDate())) {
            return;
        }
        notifications.tell(review.author(),
                (passed ? "Review date passed for %s" : "Review due soon for %s").formatted(review.reference()),
                "\"%s\" %s reviewed by %s. Check that the assessment still holds, and what has changed since."
                        .formatted(review.title(), passed ? "was due to be" : "is due to be", DAY.format(review.reviewDate())),
                "/assessments/" + review.assessmentId());
    }

    /** Marks the reminder as sent, and says whether it had not been sent before. */
    private boolean firstTime(String kind, long subjectId, LocalDate dueOn) {
        boolean sent = jdbc.sql("select count(*) from eia_follow_up_sent where kind = ? and subject_id = ? and due_on = ?")
                .params(kind, subjectId, Date.valueOf(dueOn)).query(Long.class).single() > 0;
        if (!sent) {
            jdbc.sql("insert into eia_follow_up_sent (kind, subject_id, due_on, sent_at) values (?, ?, ?, ?)")
                    .params(kind, subjectId, Date.valueOf(dueOn), Timestamp.from(clock.instant())).update();
        }
        return !sent;
    }

    /** Today in England, for the engine's daily run. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ENGLAND);
    }
}
