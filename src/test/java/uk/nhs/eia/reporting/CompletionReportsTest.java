package uk.nhs.eia.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.assessment.AssessmentRefused;
import uk.nhs.eia.reporting.Summary.Actions;
import uk.nhs.eia.reporting.Summary.Count;
import uk.nhs.eia.reporting.Summary.FailedCheck;
import uk.nhs.eia.reporting.Summary.Month;
import uk.nhs.eia.reporting.Summary.ReturnRate;
import uk.nhs.eia.reporting.Summary.Reviews;
import uk.nhs.eia.reporting.Summary.StepTime;

/**
 * The dashboard's figures against {@link ReportFixture}, whose figures were worked out by hand on 15 June 2026:
 * see each assertion for the working.
 */
@EiaSpringBootTest
@Transactional
class CompletionReportsTest {

    private static final ReportScope FIXTURE = ReportScope.directorates(ReportFixture.DIRECTORATE);

    @Autowired
    CompletionReports reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Recount recount;

    @BeforeEach
    void writeFixture() {
        new ReportFixture(jdbc, recount).write();
    }

    @Test
    void countsAssessmentsByStatusAndTheStepTheyAreAt() {
        Summary summary = summary(ReportFilter.none());

        assertThat(summary.assessments()).isEqualTo(8);
        assertThat(summary.byStatus()).extracting(Count::key, Count::count).containsExactly(
                tuple("IN_PROGRESS", 2L), tuple("SCREENED_OUT", 2L), tuple("REJECTED", 0L), tuple("WITHDRAWN", 1L),
                tuple("PUBLISHED", 2L), tuple("REVIEW_DUE", 1L));
        // 1, 2 and 7 are open at one step each; ties in name order
        assertThat(summary.byStep()).extracting(Count::label, Count::count).containsExactly(
                tuple("Impact assessment", 1L), tuple("Quality review", 1L), tuple("Review", 1L));
    }

    @Test
    void countsAssessmentsStartedAndCompletedInEachMonthWithEmptyMonthsShown() {
        // started: Jan 1, 3, 7; Feb 2, 4; Mar 5; Apr 6; May 8. completed: Feb 7; Mar 3, 5; Apr 4; May 8
        assertThat(summary(ReportFilter.none()).perMonth()).containsExactly(
                new Month("2026-01", 3, 0), new Month("2026-02", 2, 1), new Month("2026-03", 1, 2),
                new Month("2026-04", 1, 1), new Month("2026-05", 1, 1));
    }

    @Test
    void measuresTheMedianAndNinetiethPercentileDaysOfEachStepCompletedOrReturned() {
        // impact assessment took 10, 5 and 6 days: median 6; 90th percentile 6 + 0.8 x (10 - 6) = 9.2
        // quality review took 2, 1 (returned), 3 and 4 days: median 2.5; 90th percentile 3 + 0.7 x (4 - 3) = 3.7
        // sign-off took a day each time
        // screening of the withdrawn 6 ended without being done and does not count
        assertThat(summary(ReportFilter.none()).stepTimes()).containsExactly(
                new StepTime("ImpactAssessment", "Impact assessment", 3, 6.0, 9.2),
                new StepTime("QualityReview", "Quality review", 4, 2.5, 3.7),
                new StepTime("SignOff", "Sign-off", 3, 1.0, 1.0));
    }

    @Test
    void listsStepsStillOpenAfterTheirDueDate() {
        // 2's quality review was due on 12 June and 7's review on 14 June; 1's impact assessment is due on 24 June
        assertThat(summary(ReportFilter.none()).overdueSteps()).extracting(Count::key, Count::count)
                .containsExactly(tuple("QualityReview", 1L), tuple("Review", 1L));
    }

    @Test
    void groupsReviewDatesIntoOverdueAndTheNextThirtySixtyAndNinetyDays() {
        // from 15 June: 4 (1 June) and 7 (10 June) are past; 3 in 16 days; 5 in 40; 8 in 78
        assertThat(summary(ReportFilter.none()).reviews()).isEqualTo(new Reviews(2, 1, 1, 1));
    }

    @Test
    void countsOpenAndOverdueActionsInTheActionPlanEachAssessmentStandsOnNow() {
        // 3: not started due 1 June (overdue), done, in progress due in 2036; 4: only its later plan counts, in
        // progress due 14 June (overdue); 6 is withdrawn
        assertThat(summary(ReportFilter.none()).actions()).isEqualTo(new Actions(3, 2));
    }

    @Test
    void distributesTheQualityScoresOfEachAssessmentsCurrentVersion() {
        // 45, 85, 100, 70, 15, and 64 for 7's second version (its first scored 10)
        assertThat(summary(ReportFilter.none()).qualityScores()).extracting(Count::label, Count::count).containsExactly(
                tuple("0 to 19", 1L), tuple("20 to 39", 0L), tuple("40 to 59", 1L), tuple("60 to 79", 2L), tuple("80 to 100", 2L));
    }

    @Test
    void ranksTheChecksCurrentVersionsFailMostOften() {
        // Q3: 1, 4, 5, 7; Q1: 1, 5 (7's first version no longer counts); Q5: 4; Q13: 1; Q14: 2
        assertThat(summary(ReportFilter.none()).failedChecks()).extracting(FailedCheck::id, FailedCheck::failed)
                .containsExactly(tuple("Q3", 4L), tuple("Q1", 2L), tuple("Q5", 1L), tuple("Q13", 1L), tuple("Q14", 1L));
    }

    @Test
    void givesTheShareOfQualityReviewsThatReturnedTheWork() {
        // four reviews finished, one returned
        assertThat(summary(ReportFilter.none()).qualityReviewReturns()).isEqualTo(new ReturnRate(4, 1, 25.0));
    }

    @Test
    void narrowsEveryFigureToAProposalTypeAndAPeriod() {
        Summary policies = summary(new ReportFilter(null, "policy", null, null));
        assertThat(policies.assessments()).isEqualTo(2);
        assertThat(policies.qualityReviewReturns()).isEqualTo(new ReturnRate(1, 0, 0.0));
        assertThat(policies.actions()).isEqualTo(new Actions(2, 1));

        Summary february = summary(new ReportFilter(null, null, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28")));
        assertThat(february.assessments()).isEqualTo(2);
        assertThat(february.perMonth()).containsExactly(new Month("2026-02", 2, 0), new Month("2026-03", 0, 0),
                new Month("2026-04", 0, 1));
    }

    @Test
    void showsNothingOfDirectoratesOutsideTheReadersScope() {
        Summary elsewhere = reports.summary(ReportScope.directorates("finance"),
                new ReportFilter(ReportFixture.DIRECTORATE, null, null, null), ReportFixture.AS_OF);

        assertThat(elsewhere.assessments()).isZero();
        assertThat(elsewhere.actions()).isEqualTo(new Actions(0, 0));
        assertThat(elsewhere.stepTimes()).isEmpty();
    }

    @Test
    void refusesAFilterThatCannotMatchNamingEachParameter() {
        assertThatThrownBy(() -> ReportFilter.of("nowhere", "poetry", "1 April", "2026-01-01", Set.of("digital"),
                Set.of("policy")))
                .isInstanceOfSatisfying(AssessmentRefused.class, refused -> assertThat(refused.fieldErrors())
                        .extracting(error -> error.key()).containsExactly("directorate", "type", "from"));
        assertThatThrownBy(() -> ReportFilter.of(null, null, "2026-02-01", "2026-01-01", Set.of(), Set.of()))
                .isInstanceOfSatisfying(AssessmentRefused.class, refused -> assertThat(refused.fieldErrors())
                        .extracting(error -> error.message())
                        .containsExactly("The end of the period must be the same as or after its start"));
    }

    private Summary summary(ReportFilter filter) {
        return reports.summary(FIXTURE, filter, ReportFixture.AS_OF);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
