package uk.nhs.eia.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;

/**
 * What happens when someone without current EIA training starts or submits an assessment: under {@code warn} it
 * goes ahead and is flagged; under {@code block} it is refused, saying how to get trained. Configured by
 * {@code eia.training.policy} until an administrator chooses, for example once every author has been offered a place.
 */
@Service
@Transactional
public class TrainingPolicy {

    static final String HOW_TO_GET_TRAINED = "Book a place on an EIA training session with your equality and diversity "
            + "team; once an EIA administrator records that you completed it, you can go on. Your answers are not lost.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcClient jdbc;
    private final TrainingSettings settings;
    private final TrainingRecords records;
    private final AuditTrail audit;
    private final Clock clock;

    TrainingPolicy(JdbcClient jdbc, TrainingSettings settings, TrainingRecords records, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Policy current() {
        return jdbc.sql("select policy from eia_training_policy where id = 1").query(String.class).optional()
                .map(Policy::valueOf).orElse(settings.policy());
    }

    public void change(Policy policy, String by) {
        Policy before = current();
        int updated = jdbc.sql("update eia_training_policy set policy = ?, changed_by = ?, changed_at = ? where id = 1")
                .params(policy.name(), by, Timestamp.from(clock.instant())).update();
        if (updated == 0) {
            jdbc.sql("insert into eia_training_policy (id, policy, changed_by, changed_at) values (1, ?, ?, ?)")
                    .params(policy.name(), by, Timestamp.from(clock.instant())).update();
        }
        audit.record(new AuditSubject("training-policy", "1", null, policy.name()), "TRAINING_POLICY_CHANGED",
                "%s changed what happens to authors without current EIA training from %s to %s"
                        .formatted(by, before.label(), policy.label()));
    }

    /**
     * The person's training status as they write an assessment.
     *
     * @param doing what they are doing, as "start an assessment"
     * @throws TrainingRequired under {@code block} when their training is not current
     */
    @Transactional(readOnly = true)
    public TrainingStatus checkWriter(String username, String doing) {
        TrainingStatus status = records.statusOf(username);
        if (!status.trained() && current() == Policy.BLOCK) {
            String why = status.expiresOn() == null ? "has no record of EIA training"
                    : "has EIA training that expired on " + DAY.format(status.expiresOn());
            throw new TrainingRequired("%s %s, so cannot %s. %s".formatted(username, why, doing, HOW_TO_GET_TRAINED));
        }
        return status;
    }

    public enum Policy {
        WARN("warn: allowed and flagged"), BLOCK("block: refused until trained");

        private final String label;

        Policy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
