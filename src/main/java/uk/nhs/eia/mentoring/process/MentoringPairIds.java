package uk.nhs.eia.mentoring.process;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.nhs.eia.mentoring.Pairs;

/**
 * The confirmed pairs of a cohort, which the case runs side by side; read by the model's multi-instance, which
 * finds the method only on a public class.
 */
@Component("mentoringPairIds")
public class MentoringPairIds {

    private final Pairs pairs;

    MentoringPairIds(Pairs pairs) {
        this.pairs = pairs;
    }

    public List<Long> of(Object cohortId) {
        return pairs.pairIds(((Number) cohortId).longValue());
    }
}
