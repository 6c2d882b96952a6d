package uk.nhs.eia.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.contract.Question;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormValidator;
import uk.nhs.eia.forms.FormValidator.Check;
import uk.nhs.eia.forms.FormValidator.Validation;

/**
 * A delegate's feedback on a session they attended, checked by the form engine against {@code training-feedback}
 * and kept once per person and session, with an audit event in the same transaction.
 */
@Service
@Transactional
public class TrainingFeedback {

    private static final String FORM_ID = Question.TRAINING_FEEDBACK_FORM;
    static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final TrainingRecords records;
    private final FormCatalogue forms;
    private final FormValidator validator;
    private final AuditTrail audit;
    private final Clock clock;

    TrainingFeedback(JdbcClient jdbc, TrainingRecords records, FormCatalogue forms, FormValidator validator,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.forms = forms;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    public FormDefinition form() {
        return forms.find(FORM_ID).orElseThrow(() -> new IllegalStateException("The form " + FORM_ID + " is not deployed"));
    }

    /**
     * @throws TrainingSessionNotFound when there is no such session
     * @throws NotADelegate            when the person has no completion recorded at it
     * @throws FeedbackAlreadyGiven    when they have given feedback on it already, even a moment ago from another tab
     * @throws FeedbackRefused         naming each answer to change
     */
    public GivenFeedback give(Long sessionId, String username, Map<String, Object> answers) {
        TrainingSession session = mayGive(sessionId, username);
        if (given(sessionId, username).isPresent()) {
            throw new FeedbackAlreadyGiven(username, session);
        }
        Validation validation = validator.validate(form(), answers, Map.of(), Check.COMPLETE);
        if (!validation.valid()) {
            throw new FeedbackRefused(validation.errors());
        }
        String json = write(validation.accepted());
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                            insert into eia_training_feedback (session_id, username, form_id, answers, submitted_at)
                            values (?, ?, ?, ?, ?)""")
                    .params(sessionId, username, FORM_ID, json, Timestamp.from(now)).update();
        } catch (DuplicateKeyException raced) {
            throw new FeedbackAlreadyGiven(username, session);
        }
        audit.record(new AuditSubject("training-feedback", sessionId + ":" + username, null, json), "TRAINING_FEEDBACK_GIVEN",
                "%s gave feedback on the training session \"%s\" held on %s".formatted(username, session.title(), session.heldOn()));
        return new GivenFeedback(sessionId, username, validation.accepted(), now);
    }

    /**
     * The session, when the person may give feedback on it: they have a completion recorded there.
     *
     * @throws TrainingSessionNotFound when there is no such session
     * @throws NotADelegate            otherwise
     */
    @Transactional(readOnly = true)
    public TrainingSession mayGive(Long sessionId, String username) {
        TrainingSession session = records.session(sessionId);
        long completions = jdbc.sql("select count(*) from eia_training_completion where session_id = ? and username = ?")
                .params(sessionId, username).query(Long.class).single();
        if (completions == 0) {
            throw new NotADelegate(username, session);
        }
        return session;
    }

    /** The person's feedback on the session, if they have given it. */
    @Transactional(readOnly = true)
    public Optional<GivenFeedback> given(Long sessionId, String username) {
        return jdbc.sql("select answers, submitted_at from eia_training_feedback where session_id = ? and username = ?")
                .params(sessionId, username)
                .query((rs, n) -> new GivenFeedback(sessionId, username, read(rs.getString(1)), rs.getTimestamp(2).toInstant()))
                .optional();
    }

    /** The person's completions, newest first, with whether they have given feedback on each one's session. */
    @Transactional(readOnly = true)
    public List<DelegateCompletion> completionsOf(String username) {
        return jdbc.sql("""
                        select c.session_id, s.title, s.held_on, c.completed_on, c.expires_on, f.id
                        from eia_training_completion c
                        left join eia_training_session s on s.id = c.session_id
                        left join eia_training_feedback f on f.session_id = c.session_id and f.username = c.username
                        where c.username = ? order by c.completed_on desc, c.id desc""")
                .param(username)
                .query((rs, n) -> new DelegateCompletion((Long) rs.getObject(1, Long.class), rs.getString(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(),
                        rs.getDate(5).toLocalDate(), rs.getObject(6) != null))
                .list();
    }

    static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored training feedback is not JSON", e);
        }
    }

    private static String write(Map<String, Object> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Feedback as it was kept. */
    public record GivenFeedback(Long sessionId, String username, Map<String, Object> answers, Instant submittedAt) {
    }

    /**
     * One of a person's completions: the session it was at (null for training recorded without one), when, when it
     * expires, and whether they have given feedback on that session.
     */
    public record DelegateCompletion(Long sessionId, String sessionTitle, LocalDate heldOn,
            LocalDate completedOn, LocalDate expiresOn, boolean feedbackGiven) {

        public boolean feedbackWanted() {
            return sessionId != null && !feedbackGiven;
        }
    }
}
