package uk.nhs.eia.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts assessments into the dashboard's roll-up again: adds what each counts now, from its rows, less what it
 * counted when last counted. However many changes were made since, in whatever order, the roll-up comes out as if
 * it had been counted afresh.
 */
@Component
class Recount {

    private final RegisterRows rows;
    private final RollupWriter writer;

    Recount(RegisterRows rows, RollupWriter writer) {
        this.rows = rows;
        this.writer = writer;
    }

    /**
     * Counts these assessments again, in the caller's transaction. Their counted rows are locked first, so of two
     * transactions changing the same assessment the second reads its rows only once the first has committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, CountedAssessment> before = writer.lockCounted(ids);
        List<CountedAssessment> now = rows.counted(ids);
        Map<Cell, Tallies> differences = CountedAssessment.byCell(now);
        CountedAssessment.byCell(before.values()).forEach((cell, counted) -> differences
                .computeIfAbsent(cell, nothingYet -> Tallies.none()).subtractAll(counted));
        writer.add(differences);
        writer.keepCounted(now, before.keySet());
    }
}
