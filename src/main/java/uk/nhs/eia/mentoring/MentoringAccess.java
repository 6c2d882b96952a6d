package uk.nhs.eia.mentoring;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.nhs.eia.people.People;
import uk.nhs.eia.refusal.Forbidden;
import uk.nhs.eia.roles.Groups;

/**
 * Who may do what in the programme: programme leads (and administrators) run cohorts; compliance reads their
 * reports; the two members of a pair, and leads, see the pair's page; coaches record coaching calls through the task
 * list. Anyone who can sign in may apply.
 */
@Component
public class MentoringAccess {

    private final People people;

    MentoringAccess(People people) {
        this.people = people;
    }

    public boolean isLead(String username) {
        List<String> groups = people.groupsOf(username);
        return groups.contains(Groups.MENTORING_LEADS) || groups.contains(Groups.ADMINS);
    }

    public boolean mayReadReports(String username) {
        return isLead(username) || people.groupsOf(username).contains(Groups.COMPLIANCE);
    }

    public void checkLead(String username) {
        if (!isLead(username)) {
            throw new Forbidden("You cannot run mentoring cohorts",
                    "Only programme leads can open cohorts, change pairs and record leavers");
        }
    }

    public void checkMayReadReports(String username) {
        if (!mayReadReports(username)) {
            throw new Forbidden("You cannot see this report",
                    "Only programme leads, administrators and compliance can see a cohort's report and files");
        }
    }

    public void checkMaySee(MentoringPair pair, String username) {
        if (!pair.hasMember(username) && !isLead(username)) {
            throw new Forbidden("This is not your mentoring pair", "Only the pair and programme leads can see it");
        }
    }

    public void checkMember(MentoringPair pair, String username) {
        if (!pair.hasMember(username)) {
            throw new Forbidden("This is not your mentoring pair", "Only the two members of a pair can record its meetings "
                    + "and ask for a coaching call");
        }
    }
}
