package uk.nhs.eia.evidence;

import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.eia.audit.AuditSubject;
import uk.nhs.eia.audit.AuditTrail;

/**
 * Documents kept on their own, for the evidence library: taken in by the same checks as evidence files (type from the
 * content, no macros or encryption, at most {@code eia.evidence.max-file-size}), streamed in and out a chunk at a
 * time, and audited with their hash. Whoever keeps one decides who may; anyone signed in may read one.
 */
@Service
public class KeptDocuments {

    private static final RowMapper<KeptDocument> DOCUMENT = (row, n) -> new KeptDocument(row.getLong("id"),
            row.getString("file_name"), row.getString("media_type"), row.getLong("size_bytes"), row.getString("sha256"),
            row.getString("uploaded_by"), row.getTimestamp("uploaded_at").toInstant());

    private final JdbcTemplate jdbc;
    private final ChunkStore chunks;
    private final AuditTrail audit;
    private final EvidenceSettings settings;
    private final UploadSlots slots;
    private final TransactionTemplate transaction;
    private final Clock clock;

    KeptDocuments(JdbcTemplate jdbc, AuditTrail audit, EvidenceSettings settings, UploadSlots slots,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.chunks = ChunkStore.ofDocuments(jdbc);
        this.audit = audit;
        this.settings = settings;
        this.slots = slots;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Keeps a document read from {@code content} as it arrives.
     *
     * @throws EvidenceRefused naming the file and the rule it breaks; nothing is kept
     * @throws TooManyUploads  when the person is already sending as many files as one person may at once
     */
    public KeptDocument keep(String sentName, InputStream content, String username) {
        String name = FileNames.sanitised(sentName);
        try (UploadSlots.Slot slot = slots.claim(username, name)) {
            return transaction.execute(status -> {
                long id = placeholder(name, username, clock.instant());
                ContentIntake.Stored stored = ContentIntake.store(chunks, id, name, content,
                        settings.maxFileSize().toBytes(), tooLarge -> new EvidenceRefused(
                                "The selected file %s must be %d MB or smaller".formatted(tooLarge,
                                        settings.maxFileSize().toMegabytes())));
                jdbc.update("update eia_document set media_type = ?, size_bytes = ?, sha256 = ? where id = ?",
                        stored.mediaType(), stored.size(), stored.sha256(), id);
                KeptDocument document = find(id).orElseThrow();
                audit.record(new AuditSubject("document", String.valueOf(id), null, "file=" + name + "\nsha256="
                        + stored.sha256()), "DOCUMENT_KEPT", "%s (%s, %d bytes, SHA-256 %s) kept by %s".formatted(name,
                        stored.mediaType(), stored.size(), stored.sha256(), username));
                return document;
            });
        }
    }

    @Transactional(readOnly = true)
    public Optional<KeptDocument> find(Long id) {
        return jdbc.query("select * from eia_document where id = ?", DOCUMENT, id).stream().findFirst();
    }

    /** The document's bytes, read a chunk at a time as they are sent. */
    public InputStream open(KeptDocument document) {
        return chunks.open(document.id());
    }

    private long placeholder(String name, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into eia_document (file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at)
                    values (?, 'application/octet-stream', 0, '', ?, ?)""", new String[] {"id"});
            insert.setString(1, name);
            insert.setString(2, username);
            insert.setTimestamp(3, Timestamp.from(now));
            return insert;
        }, key);
        return key.getKey().longValue();
    }
}
