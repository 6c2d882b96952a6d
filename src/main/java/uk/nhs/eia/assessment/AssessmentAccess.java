package uk.nhs.eia.assessment;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.people.Directorates;
import uk.nhs.eia.people.People;
import uk.nhs.eia.roles.Groups;

/**
 * Who may read which assessments: their author, co-authors and decision-maker; equality leads and approvers, those of their
 * directorates; compliance, all of them. The register and the record ask here, so the rule is kept in one place.
 */
@Service
public class AssessmentAccess {

    private final People people;
    private final Directorates directorates;
    private final AssessmentShares shares;
    private final Assessments assessments;

    AssessmentAccess(People people, Directorates directorates, AssessmentShares shares, Assessments assessments) {
        this.people = people;
        this.directorates = directorates;
        this.shares = shares;
        this.assessments = assessments;
    }

    /**
     * The assessment, when the person may read it.
     *
     * @throws AssessmentNotFound  when there is no such assessment
     * @throws AssessmentForbidden when the person may not read it
     */
    @Transactional(readOnly = true)
    public AssessmentView readable(Long id, String username) {
        Assessment assessment = assessments.findById(id).orElseThrow(() -> new AssessmentNotFound(id));
        if (!readerFor(username).canRead(assessment)) {
            throw new AssessmentForbidden("You cannot see this assessment");
        }
        return assessment;
    }

    /** The directorates a reader sees the assessments of, to offer as filters: all of them for compliance. */
    public List<Directorates.Directorate> directoratesSeenBy(Reader reader) {
        return directorates.all().stream()
                .filter(directorate -> reader.everything() || reader.directorates().contains(directorate.code())).toList();
    }

    public Reader readerFor(String username) {
        List<String> groups = people.groupsOf(username);
        boolean everything = readsEverything(groups);
        boolean byDirectorate = readsByDirectorate(groups);
        List<String> codes = byDirectorate ? directorates.of(username).stream().map(Directorates.Directorate::code).toList()
                : List.of();
        return new Reader(username, everything, codes, shares.sharedWithPerson(username), byDirectorate || everything);
    }

    /** Whether the register, and the reports over it, are the person's to search: {@link Reader#seesRegister()}. */
    public boolean seesRegister(String username) {
        List<String> groups = people.groupsOf(username);
        return readsEverything(groups) || readsByDirectorate(groups);
    }

    private static boolean readsEverything(List<String> groups) {
        return groups.contains(Groups.COMPLIANCE);
    }

    private static boolean readsByDirectorate(List<String> groups) {
        return groups.contains(Groups.EQUALITY_LEADS) || groups.contains(Groups.APPROVERS);
    }

    /**
     * One person as a reader of assessments: everything, or their own, those shared with them, those they decide,
     * and those of {@code directorates}. {@code seesRegister} says whether the register is theirs to search.
     */
    public record Reader(String username, boolean everything, List<String> directorates, List<Long> shared,
            boolean seesRegister) {

        public boolean canRead(AssessmentView assessment) {
            return everything || username.equals(assessment.getAuthor()) || username.equals(assessment.getDecisionMaker())
                    || directorates.contains(assessment.getDirectorate()) || shared.contains(assessment.getId());
        }
    }
}
