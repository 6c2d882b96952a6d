package uk.nhs.eia.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;

/** A file whose bytes arrive only once every file meeting at {@code together} has started to arrive. */
public final class ArrivingTogether extends FilterInputStream {

    private final CountDownLatch together;
    private boolean met;

    public ArrivingTogether(InputStream content, CountDownLatch together) {
        super(content);
        this.together = together;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (!met) {
            together.countDown();
            try {
                together.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            met = true;
        }
        return super.read(buffer, offset, length);
    }
}
