package uk.nhs.eia.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.notification.FollowUpReminders;
import uk.nhs.eia.notification.Notification;
import uk.nhs.eia.notification.Notifications;
import uk.nhs.eia.reporting.TrainingReport.AuthorsTrained;
import uk.nhs.eia.reporting.TrainingReport.QualityByTraining;
import uk.nhs.eia.roles.Groups;

/**
 * The training report against a fixture in a directorate of its own, on 15 June 2026, whose figures were worked out
 * by hand (the working is beside each assertion). Written straight into the tables, inside the test's transaction.
 */
@EiaSpringBootTest
@Transactional
class TrainingReportsTest {

    private static final String DIRECTORATE = "training-fixture";
    private static final ReportScope FIXTURE = ReportScope.directorates(DIRECTORATE);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
    private static final Instant AS_OF_NOON = Instant.parse("2026-06-15T11:00:00Z");
    private static final long FIRST_ID = 9_100_000;

    @Autowired
    TrainingReports reports;
    @Autowired
    FollowUpReminders followUps;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void writeFixture() {
        jdbc.sql("insert into eia_directorate (code, name) values (?, 'Training fixture')").param(DIRECTORATE).update();
        // tcurrent: trained until 2028 (an older completion ran out on 1 July 2026, which no longer counts);
        // texpired: ran out on 1 June 2026; tsoon: runs out on 1 August 2026, 47 days on; tnever: no training;
        // tlead: trained but not an EIA author, so not counted among authors.
        person("tcurrent", true);
        person("texpired", true);
        person("tsoon", true);
        person("tnever", true);
        person("tlead", false);
        completion("tcurrent", "2025-01-10", "2028-01-10");
        completion("tcurrent", "2023-07-01", "2026-07-01");
        completion("texpired", "2023-06-01", "2026-06-01");
        completion("tsoon", "2023-08-01", "2026-08-01");
        completion("tlead", "2025-03-01", "2028-03-01");

        // id, author trained when they started, score (null: none yet), failed checks, quality review outcomes
        assessment(1, true, 100, "", "COMPLETED");
        assessment(2, true, 75, "Q3,Q5,Q13", "RETURNED", "COMPLETED");
        assessment(3, false, 67, "Q12,Q2,Q14", "RETURNED", "RETURNED", "COMPLETED");
        assessment(4, false, null, "");
        assessment(5, null, 50, "Q1");
    }

    @Test
    void countsEiaAuthorsWithCurrentTrainingByDirectorate() {
        TrainingReport report = reports.report(FIXTURE, ReportFilter.none(), AS_OF_NOON);

        // authors: tcurrent, texpired, tsoon, tnever (tlead is not one); current: tcurrent and tsoon = 2 of 4
        assertThat(report.authorsTrained()).extracting(AuthorsTrained::directorate, AuthorsTrained::authors,
                AuthorsTrained::trained, AuthorsTrained::percent).containsExactly(tuple(DIRECTORATE, 4L, 2L, 50.0));
        assertThat(report.allAuthors().percent()).isEqualTo(50.0);
    }

    @Test
    void comparesQualityScoresChecksFailedAndReturnsByTheAuthorsTrainingWhenTheyStarted() {
        List<QualityByTraining> rows = reports.report(FIXTURE, ReportFilter.none(), AS_OF_NOON).qualityByTraining();

        // trained: 1 and 2, both scored: (100 + 75) / 2 = 87.5; automatic checks failed apart from Q12: 0 + 2 (Q3, Q5;
        //   Q13 is a flag) = 1.0 each; quality reviews 1 + 2 = 3, returned 1: 33.3%
        // not trained: 3 and 4, only 3 scored: 67.0; Q2 alone counts (Q12 is the training, Q14 a flag): 1.0;
        //   reviews 3, returned 2: 66.7%
        // started before training was kept: 5, scored 50, Q1: 1.0; no reviews, so no rate
        assertThat(rows).extracting(QualityByTraining::trained, QualityByTraining::assessments, QualityByTraining::scored,
                QualityByTraining::meanScore, QualityByTraining::meanChecksFailed, QualityByTraining::reviews,
                QualityByTraining::returned, QualityByTraining::returnPercent).containsExactly(
                tuple(true, 2L, 2L, 87.5, 1.0, 3L, 1L, 33.3),
                tuple(false, 2L, 1L, 67.0, 1.0, 3L, 2L, 66.7),
                tuple(null, 1L, 1L, 50.0, 1.0, 0L, 0L, null));
    }

    @Test
    void listsTrainingThatRunsOutInTheNext90DaysAndRemindsThePersonOnce() {
        TrainingReport report = reports.report(FIXTURE, ReportFilter.none(), AS_OF_NOON);

        // tsoon runs out on 1 August 2026, within 90 days; tcurrent's older completion does not count, and
        // texpired has already run out
        assertThat(report.expiring()).extracting(row -> row.username() + " " + row.expiresOn())
                .containsExactly("tsoon 2026-08-01");

        followUps.sendFor(AS_OF);
        followUps.sendFor(AS_OF.plusDays(1));
        assertThat(notifications.of("tsoon")).extracting(Notification::subject)
                .containsOnlyOnce("Your EIA training expires on 1 August 2026");
        assertThat(notifications.of("tcurrent")).extracting(Notification::subject)
                .noneMatch(subject -> subject.startsWith("Your EIA training"));
    }

    @Test
    void nobodyOutsideThePersonsDirectoratesIsCounted() {
        TrainingReport elsewhere = reports.report(ReportScope.directorates("finance"), ReportFilter.none(), AS_OF_NOON);

        assertThat(elsewhere.authorsTrained()).extracting(AuthorsTrained::directorate).doesNotContain(DIRECTORATE);
        assertThat(elsewhere.expiring()).extracting(TrainingReport.ExpiringTraining::username).doesNotContain("tsoon");
        assertThat(elsewhere.qualityByTraining()).allSatisfy(row -> assertThat(row.assessments()).isZero());
    }

    @Test
    void complianceReadsTheReportAsAPageAndAsCsvAndAFilterThatCannotBeUsedIsNamed() throws Exception {
        mvc.perform(get("/reports/training").with(user("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("EIA authors with current training, by directorate")))
                .andExpect(content().string(containsString("Training fixture")))
                .andExpect(content().string(containsString("Author not trained when they started")));
        mvc.perform(get("/api/reports/training/quality-by-training.csv").with(user("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Author's training,Mean quality score,")));
        mvc.perform(get("/api/reports/training/nothing.csv").with(user("auditor"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/training").param("from", "31/02/2026").with(user("auditor")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("\"key\":\"from\"")));
        mvc.perform(get("/api/reports/training").with(user("author"))).andExpect(status().isForbidden());
    }

    private void person(String username, boolean author) {
        jdbc.sql("insert into eia_directorate_member (username, directorate_code) values (?, ?)").params(username, DIRECTORATE)
                .update();
        identity.saveUser(identity.newUser(username));
        if (author) {
            identity.createMembership(username, Groups.AUTHORS);
        }
    }

    private void completion(String username, String completed, String expires) {
        jdbc.sql("""
                        insert into eia_training_completion (username, completed_on, expires_on, may_train, recorded_by,
                            recorded_at, person, session_ref) values (?, ?, ?, false, 'admin', ?, ?, 0)""")
                .params(username, Date.valueOf(completed), Date.valueOf(expires), Timestamp.from(Instant.now()), username)
                .update();
    }

    private void assessment(int n, Boolean authorTrained, Integer score, String failed, String... reviews) {
        long id = FIRST_ID + n;
        jdbc.sql("""
                        insert into eia_assessment (id, reference, version, title, proposal_type, change_kind, directorate,
                            author, decision_maker, status, author_trained, created_at, updated_at, lock_version)
                        values (?, ?, 1, ?, 'policy', 'new', ?, 'tcurrent', 'approver', 'IN_PROGRESS', ?, ?, ?, 0)""")
                .params(id, "TRN-" + n, "Training fixture " + n, DIRECTORATE, authorTrained,
                        Timestamp.valueOf("2026-03-01 12:00:00"), Timestamp.valueOf("2026-03-01 12:00:00"))
                .update();
        if (score != null) {
            jdbc.sql("""
                            insert into eia_quality_score (assessment_id, assessment_version, score, failed_checks, computed_at)
                            values (?, 1, ?, ?, ?)""").params(id, score, failed, Timestamp.from(Instant.now())).update();
            for (String check : failed.isEmpty() ? new String[0] : failed.split(",")) {
                jdbc.sql("insert into eia_quality_failure (assessment_id, assessment_version, check_id) values (?, 1, ?)")
                        .params(id, check).update();
            }
        }
        for (String outcome : reviews) {
            jdbc.sql("""
                            insert into eia_step_run (assessment_id, assessment_version, step_key, step, started_at, ended_at,
                                outcome, days_taken) values (?, 1, 'QualityReview', 'Quality review', ?, ?, ?, 1)""")
                    .params(id, Timestamp.valueOf("2026-04-01 09:00:00"), Timestamp.valueOf("2026-04-02 09:00:00"), outcome)
                    .update();
        }
    }

}
