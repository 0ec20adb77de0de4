package vn.donthu.ingest.records;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lines of a UTF-8 file, each with the byte offset just past it, read as a stream: an export of
 * any size is never held in memory, and a run can start again exactly where a checkpoint says.
 */
public final class ByteLines implements Closeable {

    /** One line without its line break; {@code number} counts from 1 at the start of the file. */
    public record Line(long number, String text, long endOffset) {
    }

    /** Longer than any record we expect; beyond it the file is not line-delimited text. */
    public static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

    private final InputStream in;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private long offset;
    private long number;

    private ByteLines(InputStream in, long offset, long number) {
        this.in = in;
        this.offset = offset;
        this.number = number;
    }

    /** Reads from {@code offset}, which is the end of line {@code linesBefore} (0 and 0 for the start). */
    public static ByteLines open(Path file, long offset, long linesBefore) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(offset);
        return new ByteLines(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16), offset, linesBefore);
    }

    /** The next line, or null at the end of the file. */
    public Line next() throws IOException {
        buffer.reset();
        int b;
        boolean any = false;
        while ((b = in.read()) >= 0) {
            any = true;
            offset++;
            if (b == '\n') {
                break;
            }
            if (buffer.size() >= MAX_LINE_BYTES) {
                throw new IOException("line " + (number + 1) + " is longer than " + MAX_LINE_BYTES + " bytes");
            }
            buffer.write(b);
        }
        if (!any) {
            return null;
        }
        number++;
        String text = buffer.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (number == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Line(number, text, offset);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
