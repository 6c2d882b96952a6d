package uk.nhs.eia.mentoring.process;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.nhs.eia.mentoring.MentoringPair;
import uk.nhs.eia.mentoring.Pairs;

/** The two people of a pair as they are now, read when a pair's step is created, so a new partner gets the next steps. */
@Component("mentoringPairMembers")
public class MentoringPairMembers {

    private final Pairs pairs;

    MentoringPairMembers(Pairs pairs) {
        this.pairs = pairs;
    }

    public List<String> of(Object pairId) {
        MentoringPair pair = pairs.pair(((Number) pairId).longValue());
        return List.of(pair.mentor(), pair.leader());
    }
}
