package id.kemas.validator.container;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Streams the data of one zip entry, in place, to a sink, never producing more bytes than a given
 * bound. Large stored entries are memory-mapped; small ones are read through a buffer; deflated
 * ones are inflated with the JDK's {@link Inflater}. Only these two methods are read: they are the
 * ones LMSs can read. Not thread-safe: each thread uses its own reader.
 */
final class ZipEntryReader implements AutoCloseable {

    /** Receives an entry's bytes in order; the buffer is only valid during the call. */
    interface Sink {
        void accept(ByteBuffer data) throws IOException;
    }

    /** The entry's data expands beyond the bound (a lying header, typically a zip bomb). */
    static final class OverflowException extends IOException {
        OverflowException(String name, long bound) {
            super(name + " expands beyond " + bound + " bytes");
        }
    }

    /** The entry's data ends early, does not decompress, or uses a method that cannot be read. */
    static final class CorruptException extends IOException {
        CorruptException(String message) {
            super(message);
        }
    }

    private static final int STORED_BUFFER = 1 << 16;
    private static final int INFLATE_BUFFER = 1 << 16;
    /** Stored entries at least this large are memory-mapped: much faster than copying through a buffer. */
    private static final long MAP_FROM = 1 << 20;
    /** Largest region mapped at once. */
    private static final long MAP_CHUNK = 256L << 20;

    private final FileChannel channel;
    private boolean mapping = true;
    private ByteBuffer direct;
    private byte[] in;
    private byte[] out;
    private Inflater inflater;

    ZipEntryReader(FileChannel channel) {
        this.channel = channel;
    }

    /** Streams {@code e} to {@code sink}; throws {@link OverflowException} past {@code bound} bytes. */
    void pump(ZipItem e, long bound, Sink sink) throws IOException {
        if (e.method() == ZipItem.STORED) {
            stored(e, bound, sink);
        } else if (e.method() == ZipItem.DEFLATED) {
            deflated(e, bound, sink);
        } else {
            throw new CorruptException(e.name() + " uses compression method " + e.method());
        }
    }

    private void stored(ZipItem e, long bound, Sink sink) throws IOException {
        long len = e.compressedSize();
        if (len > bound) throw new OverflowException(e.name(), bound);
        long pos = start(e, len);
        long end = pos + len;
        if (len >= MAP_FROM && mapping) {
            for (; pos < end; pos += MAP_CHUNK) {
                MappedByteBuffer region;
                try {
                    region = channel.map(FileChannel.MapMode.READ_ONLY, pos, Math.min(MAP_CHUNK, end - pos));
                } catch (IOException | UnsupportedOperationException cannotMap) {
                    mapping = false; // a file system without memory mapping: read the rest through the buffer
                    break;
                }
                try {
                    sink.accept(region);
                } finally {
                    Unmapper.unmap(region);
                }
            }
            if (pos >= end) return;
        }
        if (direct == null) direct = ByteBuffer.allocateDirect(STORED_BUFFER);
        while (pos < end) {
            direct.clear();
            if (end - pos < direct.capacity()) direct.limit((int) (end - pos));
            int n = channel.read(direct, pos);
            if (n < 0) throw new CorruptException("data of " + e.name() + " ends early");
            pos += n;
            direct.flip();
            sink.accept(direct);
        }
    }

    private void deflated(ZipItem e, long bound, Sink sink) throws IOException {
        long pos = start(e, e.compressedSize());
        long end = pos + e.compressedSize();
        if (inflater == null) {
            inflater = new Inflater(true);
            in = new byte[INFLATE_BUFFER];
            out = new byte[INFLATE_BUFFER];
        }
        long produced = 0;
        boolean padded = false;
        inflater.reset();
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    if (pos < end) {
                        int want = (int) Math.min(in.length, end - pos);
                        ByteBuffer b = ByteBuffer.wrap(in, 0, want);
                        while (b.hasRemaining()) {
                            if (channel.read(b, pos + b.position()) < 0) throw new CorruptException("data of " + e.name() + " ends early");
                        }
                        pos += want;
                        inflater.setInput(in, 0, want);
                    } else if (!padded) {
                        // Raw inflate may want one byte past the stream to see its end.
                        padded = true;
                        inflater.setInput(new byte[1], 0, 1);
                    } else {
                        throw new CorruptException("compressed data of " + e.name() + " ends early");
                    }
                }
                int n = inflater.inflate(out);
                if (n == 0 && inflater.needsDictionary()) throw new CorruptException(e.name() + " needs a preset dictionary");
                if (n > 0) {
                    produced += n;
                    if (produced > bound) throw new OverflowException(e.name(), bound);
                    sink.accept(ByteBuffer.wrap(out, 0, n));
                }
            }
        } catch (DataFormatException ex) {
            throw new CorruptException("compressed data of " + e.name() + " is corrupt: " + ex.getMessage());
        }
    }

    private long start(ZipItem e, long len) throws IOException {
        long pos;
        try {
            pos = CentralDirectory.dataOffset(channel, e);
        } catch (java.util.zip.ZipException bad) {
            throw new CorruptException(bad.getMessage());
        }
        if (len < 0 || pos + len > channel.size()) {
            throw new CorruptException("data of " + e.name() + " lies beyond the end of the file");
        }
        return pos;
    }

    @Override
    public void close() {
        if (inflater != null) inflater.end();
    }
}
