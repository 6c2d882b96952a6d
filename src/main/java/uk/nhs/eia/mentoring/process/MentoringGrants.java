package uk.nhs.eia.mentoring.process;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.nhs.eia.mentoring.MentoringProcess;
import uk.nhs.eia.people.ProcessGrants;
import uk.nhs.eia.roles.Groups;

/**
 * Lets programme leads open cohorts (from our pages or Tasklist) and read their cases, and coaches see the process
 * whose calls they record. Members of a pair are given their steps by the engine, as candidates or assignees.
 */
@Component
@Order(2)
class MentoringGrants implements ApplicationRunner {

    private final ProcessGrants grants;

    MentoringGrants(ProcessGrants grants) {
        this.grants = grants;
    }

    @Override
    public void run(ApplicationArguments args) {
        grants.mayRun(Groups.MENTORING_LEADS, MentoringProcess.KEY);
        grants.maySee(Groups.MENTORING_COACHES, MentoringProcess.KEY);
    }
}
