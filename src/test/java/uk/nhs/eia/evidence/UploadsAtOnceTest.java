package uk.nhs.eia.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.tasks.TaskList;

/**
 * Files sent at the same moment: one person cannot take every database connection by sending many at once, and
 * uploads to one assessment cannot together overfill it, however their bytes interleave; and a busy author's files
 * still reach the step they name. Each upload here waits,
 * mid-file, for the others, so the overlap is certain rather than left to timing.
 */
@EiaSpringBootTest
class UploadsAtOnceTest {

    @Autowired
    AssessmentDriver driver;
    @Autowired
    EvidenceFiles files;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    Long assessment;
    ExecutorService senders = Executors.newFixedThreadPool(20);

    @BeforeEach
    void anAssessmentAtItsEvidenceStep() {
        assessment = ((Number) driver.assessmentId(EvidenceStep.reached(driver, "At once"))).longValue();
    }

    @AfterEach
    void stopSending() {
        senders.shutdownNow();
    }

    @Test
    void twentyFilesSentAtOnceKeepTheFirstThreeAndRefuseTheRestNamingEachWithNothingOfThemKept() throws Exception {
        CountDownLatch refusedAll = new CountDownLatch(17);
        CountDownLatch arriving = new CountDownLatch(1);
        List<CompletableFuture<EvidenceFile>> sent = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String name = "survey-" + i + ".txt";
            CompletableFuture<EvidenceFile> upload = CompletableFuture.supplyAsync(() -> files.attach(assessment,
                    EvidenceStep.KEY, name, new WaitingAtFirstByte(new GeneratedText(64 * 1024), arriving), "author"),
                    senders);
            upload.whenComplete((file, refusal) -> {
                if (refusal != null) {
                    refusedAll.countDown();
                }
            });
            sent.add(upload);
        }
        assertThat(refusedAll.await(30, TimeUnit.SECONDS)).as("17 refused while 3 are arriving").isTrue();
        arriving.countDown();

        List<String> kept = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (CompletableFuture<EvidenceFile> upload : sent) {
            try {
                kept.add(upload.get(30, TimeUnit.SECONDS).fileName());
            } catch (ExecutionException refused) {
                assertThat(refused.getCause()).isInstanceOf(TooManyUploads.class);
                assertThat(((TooManyUploads) refused.getCause()).status()).isEqualTo(429);
                refusals.add(refused.getCause().getMessage());
            }
        }
        assertThat(kept).hasSize(3);
        assertThat(refusals).hasSize(17).allMatch(message -> message.contains("already sending 3 files"));
        assertThat(refusals).anyMatch(message -> message.startsWith("The selected file survey-"));
        assertThat(filesHeld()).isEqualTo(3);
        assertThat(audit.historyOf(assessment)).filteredOn(e -> e.getType().equals("EVIDENCE_ATTACHED")).hasSize(3);

        assertThat(files.attach(assessment, EvidenceStep.KEY, "later.txt", new GeneratedText(100), "author"))
                .as("the slots are free again once the uploads end").isNotNull();
    }

    @Test
    void twoLargeFilesArrivingTogetherCannotTogetherOverfillTheAssessment() throws Exception {
        // The test profile takes 32 MB a file and 48 MB an assessment: either 30 MB file fits alone, not both.
        long size = 30L * 1024 * 1024;
        CountDownLatch bothArriving = new CountDownLatch(2);
        List<CompletableFuture<EvidenceFile>> sent = new ArrayList<>();
        for (String name : List.of("census.txt", "survey.txt")) {
            sent.add(CompletableFuture.supplyAsync(() -> files.attach(assessment, EvidenceStep.KEY, name,
                    new ArrivingTogether(new GeneratedText(size), bothArriving), "author"), senders));
        }

        List<Throwable> refused = new ArrayList<>();
        for (CompletableFuture<EvidenceFile> upload : sent) {
            try {
                upload.get(120, TimeUnit.SECONDS);
            } catch (ExecutionException refusal) {
                refused.add(refusal.getCause());
            }
        }
        assertThat(refused).singleElement().isInstanceOf(EvidenceRefused.class)
                .extracting(Throwable::getMessage).asString().contains("an assessment may hold at most 48 MB");
        assertThat(filesHeld()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from eia_evidence_chunk c join eia_evidence_file f on f.id = c.file_id "
                + "where f.assessment_id = ?").param(assessment).query(Long.class).single()).isEqualTo(30);
    }

    @Test
    void anAuthorWithMoreStepsThanAPageOfTheirTaskListCanStillAttachToEachOfThem() {
        Long last = null;
        for (int i = 0; i <= TaskList.PAGE; i++) {
            last = ((Number) driver.assessmentId(EvidenceStep.reached(driver, "Busy author " + i))).longValue();
        }

        assertThat(files.attach(last, EvidenceStep.KEY, "notes.txt", new GeneratedText(100), "author").fileName())
                .isEqualTo("notes.txt");
    }

    private long filesHeld() {
        return jdbc.sql("select count(*) from eia_evidence_file where assessment_id = ?").param(assessment)
                .query(Long.class).single();
    }

    /** A file whose bytes do not start to arrive until {@code arriving} opens. */
    private static final class WaitingAtFirstByte extends FilterInputStream {

        private final CountDownLatch arriving;

        WaitingAtFirstByte(InputStream content, CountDownLatch arriving) {
            super(content);
            this.arriving = arriving;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                arriving.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return super.read(buffer, offset, length);
        }
    }
}
