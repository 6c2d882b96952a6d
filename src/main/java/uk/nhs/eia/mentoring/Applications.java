package uk.nhs.eia.mentoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.FormDefinition;
import uk.nhs.eia.forms.FormValidator;
import uk.nhs.eia.forms.FormValidator.Check;
import uk.nhs.eia.forms.FormValidator.Validation;
import uk.nhs.eia.people.People;
import uk.nhs.eia.refusal.Conflict;
import uk.nhs.eia.refusal.FieldError;
import uk.nhs.eia.refusal.Invalid;
import uk.nhs.eia.mentoring.Participant.Side;

/** Applications to a cohort: the survey, checked by the form engine, once for each person and cohort. */
@Service
@Transactional
public class Applications {

    private static final String SELECT = """
            select id, cohort_id, username, side, directorate, line_manager, answers, applied_at, left_at, left_reason
            from eia_mentoring_application""";

    private final JdbcClient jdbc;
    private final Cohorts cohorts;
    private final FormCatalogue forms;
    private final FormValidator validator;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    Applications(JdbcClient jdbc, Cohorts cohorts, FormCatalogue forms, FormValidator validator, People people,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.forms = forms;
        this.validator = validator;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public FormDefinition form() {
        return forms.find(MentoringForms.APPLICATION)
                .orElseThrow(() -> new IllegalStateException("The form " + MentoringForms.APPLICATION + " is not deployed"));
    }

    /**
     * @throws Invalid  naming each answer to change
     * @throws Conflict when the cohort is closed to applications or full, or the person has applied already
     */
    public Application apply(long cohortId, String username, Map<String, Object> answers) {
        Cohort cohort = cohorts.lock(cohortId);
        if (!cohort.openForApplications()) {
            // The lead may close applications before the closing date, so the date alone would not say why.
            throw new Conflict("Applications have closed", "Applications to \"%s\" have closed".formatted(cohort.name()));
        }
        if (applicationOf(cohortId, username).isPresent()) {
            throw new Conflict("You have already applied", "You have already applied to \"%s\"".formatted(cohort.name()));
        }
        if (cohort.full()) {
            throw new Conflict("The cohort is full", "All %d places in \"%s\" are taken".formatted(cohort.places(), cohort.name()));
        }
        Validation validation = validator.validate(form(), answers, Map.of(), Check.COMPLETE);
        if (!validation.valid()) {
            throw new Invalid(validation.errors());
        }
        Map<String, Object> accepted = validation.accepted();
        String lineManager = (String) accepted.get(MentoringForms.LINE_MANAGER);
        if (lineManager != null && !lineManager.isBlank() && (lineManager.equals(username) || !people.exists(lineManager))) {
            throw new Invalid(List.of(new FieldError(MentoringForms.LINE_MANAGER, lineManager.equals(username)
                    ? "Your line manager's username must be someone else's"
                    : "Enter the username of someone who can sign in here, or leave your line manager's username blank")));
        }
        Side side = sideOf(accepted);
        try {
            jdbc.sql("""
                            insert into eia_mentoring_application (cohort_id, username, side, directorate, line_manager,
                                answers, applied_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(cohortId, username, side.name(), accepted.get(MentoringForms.DIRECTORATE),
                            lineManager == null || lineManager.isBlank() ? null : lineManager.strip(),
                            MentoringJson.write(accepted), Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new Conflict("You have already applied", "You have already applied to \"%s\"".formatted(cohort.name()));
        }
        audit.record(Cohorts.subject(cohortId), "MENTORING_APPLIED", "%s applied to the mentoring cohort \"%s\" as %s"
                .formatted(username, cohort.name(), side == Side.REVERSE_MENTOR ? "a reverse mentor" : "a senior leader"));
        return applicationOf(cohortId, username).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Application> applicationOf(long cohortId, String username) {
        return jdbc.sql(SELECT + " where cohort_id = ? and username = ?").params(cohortId, username)
                .query(Applications::application).optional();
    }

    /** The cohort's applications in the order they came, including those who left. */
    @Transactional(readOnly = true)
    public List<Application> applicationsTo(long cohortId) {
        return jdbc.sql(SELECT + " where cohort_id = ? order by applied_at, id").param(cohortId)
                .query(Applications::application).list();
    }

    /** Those still in the cohort, as the pairing reads them. */
    @Transactional(readOnly = true)
    public List<Participant> participants(long cohortId) {
        return applicationsTo(cohortId).stream().filter(application -> !application.left())
                .map(Applications::participant).toList();
    }

    /** Marks someone as having left the cohort, with the reason. */
    void left(long cohortId, String username, String reason) {
        jdbc.sql("update eia_mentoring_application set left_at = ?, left_reason = ? where cohort_id = ? and username = ?")
                .params(Timestamp.from(clock.instant()), reason, cohortId, username).update();
    }

    static Participant participant(Application application) {
        Map<String, Object> answers = application.answers();
        return new Participant(application.username(), application.side(), application.directorate(),
                application.lineManager(), values(answers.get(MentoringForms.AVAILABILITY)),
                values(answers.get(MentoringForms.GOALS)), values(answers.get(MentoringForms.INTERESTS)));
    }

    private static Set<String> values(Object answer) {
        return answer instanceof Collection<?> chosen ? chosen.stream().map(String::valueOf).collect(Collectors.toSet()) : Set.of();
    }

    private static Side sideOf(Map<String, Object> answers) {
        return MentoringForms.SENIOR_LEADER.equals(answers.get(MentoringForms.SIDE)) ? Side.SENIOR_LEADER : Side.REVERSE_MENTOR;
    }

    private static Application application(ResultSet rs, int row) throws SQLException {
        Timestamp left = rs.getTimestamp(9);
        return new Application(rs.getLong(1), rs.getLong(2), rs.getString(3), Side.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), MentoringJson.read(rs.getString(7)), rs.getTimestamp(8).toInstant(),
                left == null ? null : left.toInstant(), rs.getString(10));
    }
}
