package uk.nhs.eia.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a version has got to, read from the elements its case reached in order. */
class VersionPathTest {

    @Test
    void whatTheCaseLeftIsFinishedAndWhereItWaitsIsCurrent() {
        VersionPath path = VersionPath.along(reached("Start", "Screening", "Decide", "Evidence*"));

        assertThat(path.finished()).containsExactly("Start", "Screening", "Decide");
        assertThat(path.current()).containsExactly("Evidence");
    }

    @Test
    void comingBackToAnElementTakesBackWhatFollowedItUntilItIsReachedAgain() {
        VersionPath path = VersionPath.along(reached("Start", "EvidenceStarts", "Evidence", "Impact", "Review",
                "ReturnTo", "EvidenceStarts", "Evidence*"));

        assertThat(path.finished()).containsExactly("Start", "EvidenceStarts");
        assertThat(path.current()).containsExactly("Evidence");
    }

    @Test
    void aTimerThatFiredBesideAnOpenStepIsFinishedWhileTheStepStaysCurrent() {
        VersionPath path = VersionPath.along(reached("Start", "Screening*", "Screening_Reminder", "Screening_ReminderRecorded"));

        assertThat(path.finished()).containsExactly("Start", "Screening_Reminder", "Screening_ReminderRecorded");
        assertThat(path.current()).containsExactly("Screening");
    }

    /** Element ids in the order reached; a trailing * marks one the case is at still. */
    private static List<ElementReached> reached(String... ids) {
        return Arrays.stream(ids).map(id -> new ElementReached(1, id.replace("*", ""), id.endsWith("*"))).toList();
    }
}
