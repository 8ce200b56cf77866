package id.kemas.cli;

import id.kemas.export.build.BuildProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on standard error, drawn only once a build has run for a second (short
 * builds print nothing), redrawn ten times a second, and erased when the build ends.
 */
final class ProgressBar implements BuildProgress {

    private static final long DELAY_MS = 1000;
    private static final long PERIOD_MS = 100;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile boolean drawn;
    private ScheduledExecutorService timer;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void started(long totalBytes) {
        total = Math.max(1, totalBytes);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kemas-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::draw, DELAY_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void advanced(long bytes) {
        done.addAndGet(bytes);
    }

    @Override
    public void finished() {
        if (timer == null) return;
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (drawn) {
                err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
                err.flush();
            }
        }
    }

    private synchronized void draw() {
        long d = Math.min(done.get(), total);
        int filled = (int) (WIDTH * d / total);
        err.print(String.format(Locale.ROOT, "\rzipping [%s%s] %3d%%  %s / %s", "#".repeat(filled),
                " ".repeat(WIDTH - filled), 100 * d / total, Sizes.human(d), Sizes.human(total)));
        err.flush();
        drawn = true;
    }
}
