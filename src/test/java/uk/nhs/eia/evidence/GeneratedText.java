package uk.nhs.eia.evidence;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Lines of text, as many bytes as asked for, made as they are read: the test never holds the file either. */
public final class GeneratedText extends InputStream {

    private static final byte[] LINE = "Ward,admissions,2025\n".getBytes(StandardCharsets.US_ASCII);

    private long left;
    private long position;

    public GeneratedText(long size) {
        this.left = size;
    }

    @Override
    public int read() {
        if (left == 0) {
            return -1;
        }
        left--;
        return LINE[(int) (position++ % LINE.length)];
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (left == 0) {
            return -1;
        }
        int count = (int) Math.min(length, left);
        for (int i = 0; i < count; i++) {
            buffer[offset + i] = LINE[(int) (position++ % LINE.length)];
        }
        left -= count;
        return count;
    }
}
