package uk.nhs.eia.reporting;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.nhs.eia.assessment.AssessmentChanged;

/**
 * Keeps the dashboard's roll-up in step with the register. The assessments a transaction changes are counted again
 * just before it commits ({@link Recount}), in that transaction: a step, its record, its audit events and the
 * figures it moves commit together or not at all.
 */
@Component
class RollupUpkeep {

    private final Recount recount;
    private final EntityManager entities;

    RollupUpkeep(Recount recount, EntityManager entities) {
        this.recount = recount;
        this.entities = entities;
    }

    @EventListener
    void onAssessmentChanged(AssessmentChanged changed) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("An assessment changed outside a transaction: " + changed.assessmentId());
        }
        TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Pending.class::isInstance).map(Pending.class::cast).findFirst()
                .orElseGet(() -> {
                    Pending pending = new Pending();
                    TransactionSynchronizationManager.registerSynchronization(pending);
                    return pending;
                })
                .add(changed.assessmentId());
    }

    /** The assessments one transaction has changed so far; they are counted again in its last moment before commit. */
    private final class Pending implements TransactionSynchronization {

        private final Set<Long> ids = new TreeSet<>();
        private boolean committing;

        /** Once the transaction is committing, an assessment changed by a later hook is counted at once. */
        void add(Long id) {
            if (committing) {
                recountChanged(List.of(id));
            } else {
                ids.add(id);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            committing = true;
            recountChanged(new ArrayList<>(ids));
        }

        /** Before the audit trail's hook, which holds the end of the chain from when it runs until the commit. */
        @Override
        public int getOrder() {
            return 0;
        }

        private void recountChanged(List<Long> changed) {
            // The record's own changes are still in the persistence context; the counting reads them with SQL.
            entities.flush();
            recount.of(changed);
        }
    }
}
