package uk.nhs.eia.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.contract.Question;
import uk.nhs.eia.forms.FormComponent;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.training.FeedbackOverview.SessionFeedback;
import uk.nhs.eia.training.FeedbackReport.Comment;
import uk.nhs.eia.training.FeedbackReport.Comments;
import uk.nhs.eia.training.FeedbackReport.Count;

/**
 * Sums up delegates' feedback. The answers are read back and counted here rather than in SQL: they are kept as the
 * form accepted them, a few hundred at most, and the form itself says which options and comments there are.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackReports {

    private final JdbcClient jdbc;
    private final TrainingRecords records;
    private final TrainingFeedback feedback;

    FeedbackReports(JdbcClient jdbc, TrainingRecords records, TrainingFeedback feedback) {
        this.jdbc = jdbc;
        this.records = records;
        this.feedback = feedback;
    }

    /**
     * @throws TrainingSessionNotFound when there is no such session
     */
    public FeedbackReport forSession(Long sessionId) {
        records.session(sessionId);
        return report(responses("where f.session_id = ?", sessionId));
    }

    public FeedbackOverview overview() {
        List<Response> all = responses("", null);
        Map<Long, List<Response>> bySession = all.stream().collect(Collectors.groupingBy(Response::sessionId));
        List<SessionFeedback> sessions = records.sessions().stream().map(session -> {
            List<Response> answered = bySession.getOrDefault(session.id(), List.of());
            return new SessionFeedback(session.id(), session.title(), session.heldOn(), session.delegates(),
                    answered.size(), mean(answered));
        }).toList();
        return new FeedbackOverview(report(all), sessions);
    }

    private FeedbackReport report(List<Response> responses) {
        FormDefinition form = feedback.form();
        List<Comments> comments = form.commentFields().stream().map(field -> new Comments(field.key(), field.label(),
                responses.stream().filter(r -> r.answers().get(field.key()) instanceof String text && !text.isBlank())
                        .map(r -> new Comment(r.sessionId(), r.title(), r.heldOn(), (String) r.answers().get(field.key())))
                        .toList())).toList();
        return new FeedbackReport(responses.size(), counts(form, Question.SATISFACTION, responses), mean(responses),
                counts(form, Question.PACE, responses), counts(form, Question.LENGTH, responses), comments);
    }

    private static List<Count> counts(FormDefinition form, Question question, List<Response> responses) {
        String key = question.key();
        FormComponent field = form.allComponents().stream().filter(c -> key.equals(c.key())).findFirst()
                .orElseThrow(() -> new IllegalStateException("The feedback form has no " + key));
        Map<Object, Long> chosen = responses.stream().map(r -> r.answers().get(key)).filter(value -> value != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Count> counts = new ArrayList<>();
        for (FormComponent.Option option : field.options()) {
            counts.add(new Count(option.value(), option.label(), chosen.getOrDefault(option.value(), 0L).intValue()));
        }
        return counts;
    }

    /** The mean satisfaction to two decimal places, or null when no one has answered. */
    private static BigDecimal mean(List<Response> responses) {
        List<Integer> scores = responses.stream().map(r -> r.answers().get(Question.SATISFACTION.key()))
                .filter(value -> value instanceof String).map(value -> Integer.valueOf((String) value)).toList();
        if (scores.isEmpty()) {
            return null;
        }
        int total = scores.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    private List<Response> responses(String where, Long sessionId) {
        var query = jdbc.sql("""
                select f.session_id, s.title, s.held_on, f.answers from eia_training_feedback f
                join eia_training_session s on s.id = f.session_id %s order by f.submitted_at, f.id""".formatted(where));
        if (sessionId != null) {
            query = query.param(sessionId);
        }
        return query.query((rs, n) -> new Response(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                TrainingFeedback.read(rs.getString(4)))).list();
    }

    private record Response(Long sessionId, String title, LocalDate heldOn, Map<String, Object> answers) {
    }
}
