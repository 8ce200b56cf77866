package id.kemas.core.concurrent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on another thread, and getting back what it threw as it was thrown. */
public final class Futures {

    private Futures() {}

    /**
     * The value of {@code future}, waiting for it. What the work threw is thrown again unwrapped:
     * an {@link IOException} (also from inside an {@link UncheckedIOException}), a runtime
     * exception or an error; any other exception inside an {@link IllegalStateException}.
     */
    public static <T> T join(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) throw u.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }
}
