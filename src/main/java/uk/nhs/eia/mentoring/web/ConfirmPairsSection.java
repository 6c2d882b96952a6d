package uk.nhs.eia.mentoring.web;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.nhs.eia.mentoring.Cohort;
import uk.nhs.eia.mentoring.Cohorts;
import uk.nhs.eia.mentoring.MentoringPair;
import uk.nhs.eia.mentoring.MentoringProcess;
import uk.nhs.eia.mentoring.Pairs;
import uk.nhs.eia.tasks.OpenTask;
import uk.nhs.eia.tasks.TaskForms;
import uk.nhs.eia.tasks.TaskPageSection;

/**
 * The proposed pairs on the lead's "Confirm the pairs" step, with their scores, and everyone not paired with the
 * reason, so the lead confirms what they have read; changes are made on the cohort's page.
 */
@Component
class ConfirmPairsSection implements TaskPageSection {

    private final TaskForms taskForms;
    private final Cohorts cohorts;
    private final Pairs pairs;

    ConfirmPairsSection(TaskForms taskForms, Cohorts cohorts, Pairs pairs) {
        this.taskForms = taskForms;
        this.cohorts = cohorts;
        this.pairs = pairs;
    }

    @Override
    public Optional<Shown> forTask(OpenTask task, String username) {
        if (!MentoringProcess.CONFIRM_PAIRS.equals(task.stepKey())
                || !(taskForms.valuesOf(task.id()).get(MentoringProcess.COHORT_ID) instanceof Number cohortId)) {
            return Optional.empty();
        }
        Cohort cohort = cohorts.cohort(cohortId.longValue());
        return Optional.of(new Shown("mentoring/confirm-pairs", Map.of("cohort", cohort,
                "pairs", pairs.pairsOf(cohort.id()).stream().filter(pair -> pair.status() == MentoringPair.Status.PROPOSED).toList(),
                "unpaired", pairs.unpaired(cohort.id()))));
    }
}
