package uk.nhs.eia.quality;

import java.util.List;

/**
 * The reports' answer to the rubric: the groups on which so many other proposals in the assessment's directorate found
 * an adverse impact in the last twelve months that, with this one, the group is flagged as cumulatively affected. The
 * reports implement it, so the rubric reads it without depending on them.
 */
public interface CumulativelyAffected {

    /** The keys of the groups that one more adverse impact in {@code directorate} would flag. */
    List<String> groupsNearTheThreshold(Long assessmentId, String directorate);
}
