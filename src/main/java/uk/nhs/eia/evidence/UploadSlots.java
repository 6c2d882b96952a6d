package uk.nhs.eia.evidence;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * How many files each person is sending at once, on this node. An upload holds a database connection while its
 * bytes arrive, so one person sending many at once could take every connection the service has; past the limit an
 * upload is refused before it takes one, and nothing of it is read or kept.
 */
@Component
class UploadSlots {

    private final ConcurrentMap<String, Integer> sending = new ConcurrentHashMap<>();
    private final int perPerson;

    UploadSlots(EvidenceSettings settings) {
        this.perPerson = settings.maxUploadsAtOnce();
    }

    /** A slot for one more upload by the person, to be closed when the upload ends, however it ends. */
    Slot claim(String username, String fileName) {
        Integer now = sending.compute(username, (who, count) -> count == null ? 1 : count + 1);
        if (now > perPerson) {
            release(username);
            throw new TooManyUploads(fileName, perPerson);
        }
        return () -> release(username);
    }

    private void release(String username) {
        sending.computeIfPresent(username, (who, count) -> count == 1 ? null : count - 1);
    }

    /** A claimed slot; closing it frees it. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }
}
