package uk.nhs.eia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentStatus;
import uk.nhs.eia.audit.AuditChain;
import uk.nhs.eia.audit.AuditEvent;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.evidence.ArrivingTogether;
import uk.nhs.eia.evidence.EvidenceFile;
import uk.nhs.eia.evidence.EvidenceFiles;
import uk.nhs.eia.evidence.EvidenceRefused;
import uk.nhs.eia.evidence.EvidenceStep;
import uk.nhs.eia.evidence.GeneratedText;
import uk.nhs.eia.reporting.ReportRollups;
import uk.nhs.eia.training.DelegateImport;
import uk.nhs.eia.training.FeedbackAlreadyGiven;
import uk.nhs.eia.training.FeedbackReport;
import uk.nhs.eia.training.FeedbackReports;
import uk.nhs.eia.training.TrainingFeedback;
import uk.nhs.eia.training.TrainingRecords;
import uk.nhs.eia.training.TrainingRecords.NewSession;

/**
 * A whole assessment, proposal to publication, and what each module keeps in its own tables, on a real PostgreSQL
 * server with the postgres profile.
 */
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
// Closes the engine while PostgreSQL is still up: at JVM exit the database's own shutdown hook would race it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EndToEndPostgresTest {

    @Autowired
    AssessmentDriver driver;
    @Autowired
    AssessmentService assessments;
    @Autowired
    AuditTrail audit;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditChain chain;
    @Autowired
    TrainingRecords training;
    @Autowired
    DelegateImport delegates;
    @Autowired
    TrainingFeedback feedback;
    @Autowired
    FeedbackReports feedbackReports;
    @Autowired
    ApplicationContext context;
    @Autowired
    EvidenceFiles evidence;

    @Test
    void anAssessmentRunsFromProposalToPublicationOnPostgresql() {
        LocalDate review = LocalDate.now().plusYears(1);
        ReportRollups.Before dashboard = ReportRollups.before(context, "operations", "service-change");
        ProcessInstance instance = driver.start("author", proposal("Mental health crisis line", "service-change", "new",
                "operations", "approver", LocalDate.now().plusMonths(3)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(review));
        driver.complete(instance, "lead", qualityReview("accept", null));
        driver.complete(instance, "approver", signOff("approve", null));

        AssessmentView record = assessments.byProcessInstances(List.of(instance.getId())).get(0);
        assertThat(record.getStatus()).isEqualTo(AssessmentStatus.PUBLISHED);
        assertThat(record.getReviewDate()).isEqualTo(review);
        assertThat(audit.historyOf(record.getId())).extracting(AuditEvent::getType)
                .containsSubsequence("ASSESSMENT_STARTED", "SCREENING_DECIDED", "PUBLISHED");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).finished().count())
                .isEqualTo(6);
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        ReportRollups.assertGainedWhatTheRowsGained(context, dashboard);
    }

    @Test
    void stepsCommittingAtOnceOnTwoNodesLoseNoCountOfTheDashboardOnPostgresql() throws Exception {
        assertThat(ReportRollups.addAtOnce(context, 8, 25)).containsExactly(200L, 200L, 200L, 200L);

        ReportRollups.Before dashboard = ReportRollups.before(context, "operations", "strategy");
        ProcessInstance instance = driver.start("author", proposal("Estates strategy", "strategy", "new", "operations",
                "approver", LocalDate.now().plusMonths(3)));
        jdbc.sql("update eia_assessment set status = 'WITHDRAWN', current_step = null where id = ?")
                .param(driver.assessmentId(instance)).update();
        ReportRollups.recountAtOnce(context, ((Number) driver.assessmentId(instance)).longValue(), 4);
        ReportRollups.assertGainedWhatTheRowsGained(context, dashboard);
    }

    @Test
    void postgresqlRefusesToChangeAnAuditEventAndTheCheckFindsOneChangedBehindItsBack() {
        ProcessInstance instance = driver.start("author", proposal("Audit on PostgreSQL", "policy", "new", "operations",
                "approver", LocalDate.now().plusMonths(3)));
        Long event = jdbc.sql("select min(id) from eia_audit_event where assessment_id = ?")
                .param(driver.assessmentId(instance)).query(Long.class).single();
        assertThat(chain.verify().valid()).isTrue();

        assertThatThrownBy(() -> jdbc.sql("update eia_audit_event set summary = 'Nothing happened' where id = ?")
                .param(event).update()).hasMessageContaining("Audit events are only ever added");
        assertThatThrownBy(() -> jdbc.sql("delete from eia_audit_event where id = ?").param(event).update())
                .hasMessageContaining("Audit events are only ever added");

        // Someone who owns the database can still switch the guard off; the chain shows what they did.
        jdbc.sql("alter table eia_audit_event disable trigger eia_audit_event_append_only").update();
        jdbc.sql("update eia_audit_event set summary = 'Nothing happened' where id = ?").param(event).update();
        jdbc.sql("alter table eia_audit_event enable trigger eia_audit_event_append_only").update();

        AuditChain.Verification verification = chain.verify();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBroken().id()).isEqualTo(event);
    }

    @Test
    void aDelegatesTrainingFeedbackIsKeptOnceAndReportedOnPostgresql() {
        LocalDate day = LocalDate.now().minusDays(3);
        long session = training.createSession(new NewSession("Feedback on PostgreSQL", day, "Equality team", "online", 60, 10),
                "admin").id();
        delegates.importCsv("username,completedOn\nauthor," + day + "\n", session, "admin");
        Map<String, Object> answers = Map.of("satisfaction", "5", "pace", "about-right", "length", "too-long",
                "whatHelped", "The examples");

        feedback.give(session, "author", answers);

        assertThatThrownBy(() -> feedback.give(session, "author", answers)).isInstanceOf(FeedbackAlreadyGiven.class);
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into eia_training_feedback (session_id, username, form_id, answers, submitted_at)
                        values (?, 'author', 'training-feedback', '{}', current_timestamp)""").param(session).update())
                .isInstanceOf(DuplicateKeyException.class);
        FeedbackReport report = feedbackReports.forSession(session);
        assertThat(report.responses()).isEqualTo(1);
        assertThat(report.meanSatisfaction()).isEqualByComparingTo("5");
        assertThat(report.comments()).filteredOn(c -> c.key().equals("whatHelped")).singleElement()
                .satisfies(c -> assertThat(c.answers()).extracting(FeedbackReport.Comment::text).containsExactly("The examples"));
    }

    @Test
    void evidenceArrivingTogetherIsKeptInChunksComesBackByteForByteAndNeverOverfillsAnAssessmentOnPostgresql()
            throws Exception {
        Long assessment = ((Number) driver.assessmentId(EvidenceStep.reached(driver, "Evidence on PostgreSQL"))).longValue();
        // The test profile takes 32 MB a file and 48 MB an assessment: two 8 MB files fit, then only one 30 MB more.
        List<EvidenceFile> small = attachTogether(assessment, 8L * 1024 * 1024, "census.txt", "survey.txt");
        assertThat(small).allSatisfy(file -> assertThat(file).isNotNull());
        for (EvidenceFile file : small) {
            MessageDigest read = MessageDigest.getInstance("SHA-256");
            try (InputStream content = new DigestInputStream(evidence.download(assessment, file.id(), "author").content(), read)) {
                assertThat(content.transferTo(OutputStream.nullOutputStream())).isEqualTo(file.sizeBytes());
            }
            assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(file.sha256());
        }

        List<EvidenceFile> large = attachTogether(assessment, 30L * 1024 * 1024, "consultation.txt", "engagement.txt");

        assertThat(large).filteredOn(file -> file != null).hasSize(1);
        assertThat(jdbc.sql("select coalesce(sum(size_bytes), 0) from eia_evidence_file where assessment_id = ?")
                .param(assessment).query(Long.class).single()).isEqualTo(46L * 1024 * 1024);
        assertThat(jdbc.sql("select count(*) from eia_evidence_chunk c join eia_evidence_file f on f.id = c.file_id "
                + "where f.assessment_id = ?").param(assessment).query(Long.class).single()).isEqualTo(46);
    }

    /** Each file attached by the author at once with the others, their bytes interleaving; null where refused. */
    private List<EvidenceFile> attachTogether(Long assessment, long size, String... names) throws Exception {
        CountDownLatch together = new CountDownLatch(names.length);
        ExecutorService senders = Executors.newFixedThreadPool(names.length);
        try {
            List<Future<EvidenceFile>> sent = Arrays.stream(names).map(name -> senders.submit(() -> evidence.attach(
                    assessment, EvidenceStep.KEY, name, new ArrivingTogether(new GeneratedText(size), together), "author")))
                    .toList();
            List<EvidenceFile> kept = new ArrayList<>();
            for (Future<EvidenceFile> upload : sent) {
                try {
                    kept.add(upload.get(2, TimeUnit.MINUTES));
                } catch (ExecutionException refused) {
                    assertThat(refused.getCause()).isInstanceOf(EvidenceRefused.class)
                            .hasMessageContaining("an assessment may hold at most 48 MB");
                    kept.add(null);
                }
            }
            return kept;
        } finally {
            senders.shutdownNow();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RealPostgresql {

        /** Closed by the context after the engine and the pool that depend on it, so shutdown is clean. */
        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres() throws IOException {
            return EmbeddedPostgres.builder().start();
        }

        @Bean
        @Primary
        DataSource dataSource(EmbeddedPostgres postgres) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            pool.setUsername("postgres");
            pool.setPassword("postgres");
            return pool;
        }
    }
}
