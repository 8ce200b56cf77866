package id.kemas.export.zip;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Reads the files the zip writer streams, in the writer's order, on a thread of its own, a few
 * chunks ahead: reading a file then overlaps compressing and writing the ones before it, on a core
 * that is otherwise idle while media are streamed. A fixed set of buffers goes back and forth
 * between the two threads, so memory does not grow with the files.
 */
final class ReadAhead implements AutoCloseable {

    /** Receives one chunk of an entry's bytes; the array is only valid during the call. */
    interface Sink {
        void accept(byte[] data, int length) throws IOException;
    }

    /** A file to read, for entry {@code index} of the zip. */
    record File(int index, Path path) {
    }

    /** Bytes of entry {@code entry}; a null {@code data} ends the entry, with or without a failure. */
    private record Chunk(int entry, byte[] data, int length, IOException failure) {
    }

    private final BlockingQueue<byte[]> free;
    private final BlockingQueue<Chunk> filled = new LinkedBlockingQueue<>();
    private final Thread reader;

    /**
     * @param files  the files to read, in the order the writer asks for them
     * @param chunks how many buffers circulate
     * @param size   the size of each buffer
     */
    ReadAhead(List<File> files, int chunks, int size) {
        free = new ArrayBlockingQueue<>(chunks);
        for (int i = 0; i < chunks; i++) free.add(new byte[size]);
        List<File> order = List.copyOf(files);
        reader = new Thread(() -> readAll(order), "kemas-read-ahead");
        reader.setDaemon(true);
        if (!order.isEmpty()) reader.start();
    }

    /**
     * Hands the bytes of entry {@code index} to {@code sink}, in order, and returns how many there
     * were: all the file held when it was read, to its end.
     *
     * @throws IOException the exception reading the file threw, or the sink's
     */
    long copy(int index, Sink sink) throws IOException {
        long total = 0;
        while (true) {
            Chunk c;
            try {
                c = filled.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing the package");
            }
            if (c.entry() != index) throw new IllegalStateException("read ahead entry " + c.entry() + ", not " + index);
            if (c.failure() != null) throw c.failure();
            if (c.data() == null) return total;
            try {
                sink.accept(c.data(), c.length());
            } finally {
                free.add(c.data());
            }
            total += c.length();
        }
    }

    private void readAll(List<File> order) {
        try {
            for (File file : order) {
                int index = file.index();
                try (InputStream in = Files.newInputStream(file.path())) {
                    while (true) {
                        byte[] buffer = free.take();
                        int read = in.readNBytes(buffer, 0, buffer.length);
                        if (read > 0) filled.add(new Chunk(index, buffer, read, null));
                        else free.add(buffer);
                        if (read < buffer.length) break;     // the end of the file
                    }
                    filled.add(new Chunk(index, null, 0, null));
                } catch (IOException e) {
                    filled.add(new Chunk(index, null, 0, e));
                    return;     // the writer stops at this entry
                }
            }
        } catch (InterruptedException e) {
            // the writer is closed: stop
        }
    }

    @Override
    public void close() {
        reader.interrupt();
    }
}
