package uk.nhs.eia.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A file's bytes as rows of at most {@link #CHUNK_BYTES}: written one chunk at a time as the upload arrives, read one
 * chunk at a time as the download leaves, so memory holds one chunk however large the file (decision 0060). One store
 * for each table of chunks: an assessment's evidence files, and the documents kept on their own.
 */
final class ChunkStore {

    /** Large enough that a 200 MB file is 200 rows, small enough that a few uploads at once fit in any heap. */
    static final int CHUNK_BYTES = 1 << 20;

    private final JdbcTemplate jdbc;
    private final String table;

    private ChunkStore(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    static ChunkStore ofEvidenceFiles(JdbcTemplate jdbc) {
        return new ChunkStore(jdbc, "eia_evidence_chunk");
    }

    static ChunkStore ofDocuments(JdbcTemplate jdbc) {
        return new ChunkStore(jdbc, "eia_document_chunk");
    }

    void write(long fileId, int seq, byte[] bytes, int length) {
        byte[] chunk = length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
        jdbc.update("insert into " + table + " (file_id, seq, bytes) values (?, ?, ?)", fileId, seq, chunk);
    }

    /** The file's bytes in order, fetched a chunk at a time as they are read. */
    InputStream open(long fileId) {
        return new ChunkInputStream(fileId);
    }

    void delete(long fileId) {
        jdbc.update("delete from " + table + " where file_id = ?", fileId);
    }

    private final class ChunkInputStream extends InputStream {

        private final long fileId;
        private int nextSeq;
        private byte[] chunk = new byte[0];
        private int position;
        private boolean ended;

        ChunkInputStream(long fileId) {
            this.fileId = fileId;
        }

        @Override
        public int read() throws IOException {
            if (!filled()) {
                return -1;
            }
            return chunk[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!filled()) {
                return -1;
            }
            int count = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, count);
            position += count;
            return count;
        }

        private boolean filled() {
            while (!ended && position >= chunk.length) {
                List<byte[]> next = jdbc.query("select bytes from " + table + " where file_id = ? and seq = ?",
                        (row, n) -> row.getBytes(1), fileId, nextSeq);
                if (next.isEmpty()) {
                    ended = true;
                } else {
                    chunk = next.get(0);
                    position = 0;
                    nextSeq++;
                }
            }
            return !ended || position < chunk.length;
        }
    }
}
