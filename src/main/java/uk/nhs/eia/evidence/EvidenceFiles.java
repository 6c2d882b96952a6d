package uk.nhs.eia.evidence;

import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.eia.assessment.AssessmentAccess;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.StepAccepted;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.contract.Step;

/**
 * Files attached to the steps of an assessment. A file is attached to a step that is the person's task now, and
 * belongs to that step's draft until the step is submitted, when it becomes part of the submitted version; a step
 * handed back keeps its files. Everything about one upload happens in one transaction: the file is streamed into
 * chunks while its SHA-256 is worked out, its content is checked, and its audit event is written; a refusal at any
 * point rolls all of it back, so nothing of a refused file is kept. Uploads to one assessment take its row's lock only
 * once their bytes have arrived, to check its limit against every file committed before them, so that uploads at once
 * neither wait on each other's bytes nor together overfill it.
 */
@Service
public class EvidenceFiles {

    private static final String AUDIT_TYPE = "evidence-file";

    static final RowMapper<EvidenceFile> FILE = (row, n) -> {
        String stepKey = row.getString("step_key");
        Timestamp submitted = row.getTimestamp("submitted_at");
        return new EvidenceFile(row.getLong("id"), row.getLong("assessment_id"), row.getInt("assessment_version"), stepKey,
                Step.byKey(stepKey).map(Step::stepName).orElse(stepKey), row.getString("file_name"),
                row.getString("media_type"), row.getLong("size_bytes"), row.getString("sha256"),
                row.getString("uploaded_by"), row.getTimestamp("uploaded_at").toInstant(),
                submitted == null ? null : submitted.toInstant(), row.getBoolean("publishable"),
                row.getString("publication_agreed_by"));
    };

    private final JdbcTemplate jdbc;
    private final ChunkStore chunks;
    private final AssessmentAccess access;
    private final WorkingOnStep work;
    private final AuditTrail audit;
    private final EvidenceSettings settings;
    private final UploadSlots slots;
    private final TransactionTemplate transaction;
    private final Clock clock;

    EvidenceFiles(JdbcTemplate jdbc, AssessmentAccess access, WorkingOnStep work, AuditTrail audit,
            EvidenceSettings settings, UploadSlots slots, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.chunks = ChunkStore.ofEvidenceFiles(jdbc);
        this.access = access;
        this.work = work;
        this.audit = audit;
        this.settings = settings;
        this.slots = slots;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Keeps a file sent for a step, read from {@code content} as it arrives, never all of it in memory.
     *
     * @throws EvidenceRefused when the file breaks a rule; the message names the file and the rule
     * @throws StepNotYours    when the step is not the person's task now
     * @throws TooManyUploads  when the person is already sending as many files as one person may at once
     */
    public EvidenceFile attach(Long assessmentId, String stepKey, String sentName, InputStream content, String username) {
        String name = FileNames.sanitised(sentName);
        try (UploadSlots.Slot slot = slots.claim(username, name)) {
            return transaction.execute(status -> keep(assessmentId, stepKey, name, content, username));
        }
    }

    private EvidenceFile keep(Long assessmentId, String stepKey, String name, InputStream content, String username) {
        Step step = attachable(stepKey);
        AssessmentView assessment = access.readable(assessmentId, username);
        work.require(assessment, step, username, StepNotYours.FILES);
        Limit limit = Limit.of(settings, heldBy(assessmentId));
        Instant now = clock.instant();
        long id = insertPlaceholder(assessment, step, name, username, now);
        ContentIntake.Stored stored = ContentIntake.store(chunks, id, name, content, limit.bytes(), limit::refusal);
        jdbc.update("update eia_evidence_file set media_type = ?, size_bytes = ?, sha256 = ? where id = ?",
                stored.mediaType(), stored.size(), stored.sha256(), id);
        waitForOthersOn(assessmentId);
        work.require(assessment, step, username, StepNotYours.FILES);
        requireRoom(assessmentId, name, stored.size());
        EvidenceFile file = find(assessmentId, id).orElseThrow();
        audit.record(new AuditSubject(AUDIT_TYPE, String.valueOf(id), assessmentId, stateOf(file)), "EVIDENCE_ATTACHED",
                "%s (%s, %d bytes, SHA-256 %s) attached to %s".formatted(name, file.mediaType(), file.sizeBytes(),
                        file.sha256(), step.stepName()));
        return file;
    }

    /** Every file attached to the assessment, in every version, oldest first, for someone who may read it. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> of(Long assessmentId, String username) {
        access.readable(assessmentId, username);
        return jdbc.query("select * from eia_evidence_file where assessment_id = ? order by id", FILE, assessmentId);
    }

    /** Every file of the assessment, by step in the process's order and then by version, latest first. */
    @Transactional(readOnly = true)
    public List<FileGroup> byStepAndVersion(Long assessmentId, String username) {
        Map<String, Map<Integer, List<EvidenceFile>>> grouped = of(assessmentId, username).stream()
                .collect(Collectors.groupingBy(EvidenceFile::step, Collectors.groupingBy(EvidenceFile::assessmentVersion,
                        () -> new TreeMap<>(Comparator.reverseOrder()), Collectors.toList())));
        return AttachableSteps.STEPS.stream().filter(step -> grouped.containsKey(step.key()))
                .flatMap(step -> grouped.get(step.key()).entrySet().stream()
                        .map(version -> new FileGroup(step.stepName(), version.getKey(), version.getValue())))
                .toList();
    }

    /** The files a step holds in the assessment's current version, for the page of that step. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> onStep(Long assessmentId, Step step, String username) {
        int version = access.readable(assessmentId, username).getVersion();
        return jdbc.query("""
                select * from eia_evidence_file where assessment_id = ? and assessment_version = ? and step_key = ?
                order by id""", FILE, assessmentId, version, step.key());
    }

    /** Every file of the assessment's current version, on whichever step, for a reviewer to read before deciding. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> inCurrentVersion(Long assessmentId, String username) {
        int version = access.readable(assessmentId, username).getVersion();
        return jdbc.query("select * from eia_evidence_file where assessment_id = ? and assessment_version = ? order by id",
                FILE, assessmentId, version);
    }

    /** A file and its bytes, read a chunk at a time, for someone who may read the assessment. */
    @Transactional(readOnly = true)
    public Download download(Long assessmentId, Long fileId, String username) {
        access.readable(assessmentId, username);
        EvidenceFile file = find(assessmentId, fileId).orElseThrow(() -> new EvidenceNotFound(assessmentId, fileId));
        return downloadOf(file);
    }

    Download downloadOf(EvidenceFile file) {
        return new Download(file, chunks.open(file.id()));
    }

    /** Takes a file off a step that is the person's task now; the audit trail keeps what it was. */
    @Transactional
    public EvidenceFile remove(Long assessmentId, Long fileId, String username) {
        AssessmentView assessment = access.readable(assessmentId, username);
        EvidenceFile file = find(assessmentId, fileId).orElseThrow(() -> new EvidenceNotFound(assessmentId, fileId));
        Step step = attachable(file.step());
        if (file.assessmentVersion() != assessment.getVersion()) {
            throw new EvidenceKept(file);
        }
        work.require(assessment, step, username, StepNotYours.FILES);
        chunks.delete(fileId);
        jdbc.update("delete from eia_evidence_file where id = ?", fileId);
        audit.record(new AuditSubject(AUDIT_TYPE, String.valueOf(fileId), assessmentId, null), "EVIDENCE_REMOVED",
                "%s (SHA-256 %s) removed from %s".formatted(file.fileName(), file.sha256(), step.stepName()));
        return file;
    }

    /** A step's files become part of the version submitted with it, in the step's own transaction. */
    @EventListener
    void onStepAccepted(StepAccepted accepted) {
        Step.byName(accepted.step()).filter(AttachableSteps.STEPS::contains).ifPresent(step -> jdbc.update("""
                update eia_evidence_file set submitted_at = ?
                where assessment_id = ? and assessment_version = ? and step_key = ? and submitted_at is null""",
                Timestamp.from(clock.instant()), accepted.assessmentId(), accepted.version(), step.key()));
    }

    /** A stored file and its bytes, to be copied to whoever asked, then closed. */
    public record Download(EvidenceFile file, InputStream content) {
    }

    private static Step attachable(String stepKey) {
        return AttachableSteps.byKey(stepKey).orElseThrow(() -> new EvidenceRefused("Files can be attached only to "
                + AttachableSteps.STEPS.stream().map(Step::stepName).collect(Collectors.joining(", ", "", ""))
                + ": name one of them by its key (" + AttachableSteps.STEPS.stream().map(Step::key)
                .collect(Collectors.joining(", ")) + ")"));
    }

    /**
     * Takes the assessment's row lock until this upload commits, after any upload or step committing on it now, so
     * that the checks made again after it see them: the step may have been submitted, and the assessment filled,
     * while the bytes were arriving. Setting the key to itself takes PostgreSQL's no-key lock, which the foreign keys
     * of uploads at once do not block, where {@code select for update} would deadlock with them.
     */
    private void waitForOthersOn(Long assessmentId) {
        jdbc.update("update eia_assessment set id = id where id = ?", assessmentId);
    }

    private void requireRoom(Long assessmentId, String name, long size) {
        long heldBefore = heldBy(assessmentId) - size;
        Limit limit = Limit.of(settings, heldBefore);
        if (size > limit.bytes()) {
            throw limit.refusal(name);
        }
    }

    private long heldBy(Long assessmentId) {
        Long held = jdbc.queryForObject("select coalesce(sum(size_bytes), 0) from eia_evidence_file where assessment_id = ?",
                Long.class, assessmentId);
        return held == null ? 0 : held;
    }

    private long insertPlaceholder(AssessmentView assessment, Step step, String name, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into eia_evidence_file (assessment_id, assessment_version, step_key, file_name, media_type,
                        size_bytes, sha256, uploaded_by, uploaded_at) values (?, ?, ?, ?, 'application/octet-stream', 0, '', ?, ?)""",
                    new String[] {"id"});
            insert.setLong(1, assessment.getId());
            insert.setInt(2, assessment.getVersion());
            insert.setString(3, step.key());
            insert.setString(4, name);
            insert.setString(5, username);
            insert.setTimestamp(6, Timestamp.from(now));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    Optional<EvidenceFile> find(Long assessmentId, Long fileId) {
        return jdbc.query("select * from eia_evidence_file where assessment_id = ? and id = ?", FILE, assessmentId, fileId)
                .stream().findFirst();
    }

    private static String stateOf(EvidenceFile file) {
        return String.join("\n", "file=" + file.fileName(), "type=" + file.mediaType(), "size=" + file.sizeBytes(),
                "sha256=" + file.sha256(), "step=" + file.step(), "version=" + file.assessmentVersion());
    }

    /** How many bytes this upload may have: a file's limit, or less when the assessment is nearly full. */
    private record Limit(long bytes, boolean assessmentFull, EvidenceSettings settings) {

        static Limit of(EvidenceSettings settings, long held) {
            long room = Math.max(0, settings.maxPerAssessment().toBytes() - held);
            long perFile = settings.maxFileSize().toBytes();
            return new Limit(Math.min(perFile, room), room < perFile, settings);
        }

        EvidenceRefused refusal(String name) {
            if (assessmentFull) {
                return new EvidenceRefused(("The selected file %s does not fit: an assessment may hold at most %d MB of "
                        + "files in all, and this one has room for %d MB more").formatted(name,
                        settings.maxPerAssessment().toMegabytes(), bytes / (1024 * 1024)));
            }
            return new EvidenceRefused("The selected file %s must be %d MB or smaller".formatted(name,
                    settings.maxFileSize().toMegabytes()));
        }
    }
}
