package id.kemas.export.zip;

import id.kemas.core.concurrent.Futures;
import id.kemas.export.pkg.PackageEntry;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Deflates text entries on worker threads, ahead of the thread that writes the zip, so that
 * text is compressed on the other cores while the writer streams media. Entries are started in
 * package order and the writer takes them in that order, so the zip's bytes do not depend on
 * timing. Memory is bounded: a feeder thread starts an entry only when its size fits into a fixed
 * budget of bytes in flight, which the writer gives back as it writes each one.
 */
final class AheadDeflater implements AutoCloseable {

    private static final int KIB = 1024;

    private final List<PackageEntry> entries;
    private final List<CompletableFuture<Deflated>> results;
    private final Semaphore budget;
    private final int budgetKib;
    private final ExecutorService workers;
    private final Thread feeder;
    private final ThreadLocal<Deflater> deflaters;

    /**
     * @param selected    which entries to deflate ahead (by index)
     * @param sizes       their sizes in bytes
     * @param budgetBytes at most this many bytes of input in flight; an entry larger than that waits
     *                    until nothing else is in flight
     */
    AheadDeflater(List<PackageEntry> entries, boolean[] selected, long[] sizes, int level, int threads,
                  long budgetBytes) {
        this.entries = entries;
        this.budgetKib = (int) Math.max(1, budgetBytes / KIB);
        this.budget = new Semaphore(budgetKib);
        this.results = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) results.add(selected[i] ? new CompletableFuture<>() : null);
        AtomicInteger n = new AtomicInteger();
        // threads are made on first use, so a zip with nothing to deflate ahead starts none
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kemas-deflate-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.deflaters = ThreadLocal.withInitial(() -> new Deflater(level, true));
        this.feeder = new Thread(() -> feed(selected, sizes), "kemas-deflate-feeder");
        this.feeder.setDaemon(true);
        for (boolean s : selected) {
            if (s) {
                feeder.start();
                break;
            }
        }
    }

    /** Whether entry {@code index} is deflated here. */
    boolean covers(int index) {
        return results.get(index) != null;
    }

    /** Waits for entry {@code index}; the caller writes it, then calls {@link #release}. */
    Deflated take(int index) throws IOException {
        return Futures.join(results.get(index));
    }

    /** Gives the budget of a written entry back and lets go of its data. */
    void release(int index, Deflated d) {
        results.set(index, null);
        budget.release(permits(d.size()));
    }

    private void feed(boolean[] selected, long[] sizes) {
        for (int i = 0; i < entries.size(); i++) {
            if (!selected[i]) continue;
            CompletableFuture<Deflated> slot = results.get(i);
            try {
                budget.acquire(permits(sizes[i]));
            } catch (InterruptedException e) {
                slot.completeExceptionally(new InterruptedIOException("build interrupted"));
                return;
            }
            PackageEntry entry = entries.get(i);
            workers.execute(() -> {
                try {
                    slot.complete(deflate(entry));
                } catch (Throwable t) {
                    slot.completeExceptionally(t);
                }
            });
        }
    }

    private int permits(long size) {
        return (int) Math.min(budgetKib, Math.max(1, (size + KIB - 1) / KIB));
    }

    private Deflated deflate(PackageEntry entry) throws IOException {
        byte[] input = entry instanceof PackageEntry.Bytes b ? b.data()
                : Files.readAllBytes(((PackageEntry.OnDisk) entry).file());
        CRC32 crc = new CRC32();
        crc.update(input);
        Deflater deflater = deflaters.get();
        deflater.reset();
        deflater.setInput(input);
        deflater.finish();
        byte[] out = new byte[Math.max(64, input.length / 3)];
        int length = 0;
        while (!deflater.finished()) {
            if (length == out.length) out = Arrays.copyOf(out, out.length * 2);
            length += deflater.deflate(out, length, out.length - length);
        }
        return new Deflated(Arrays.copyOf(out, length), input.length, crc.getValue());
    }

    @Override
    public void close() {
        feeder.interrupt();
        workers.shutdownNow();
    }
}
