package id.kemas.core.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FuturesTest {

    @Test
    void givesTheValue() throws IOException {
        assertEquals("done", Futures.join(CompletableFuture.supplyAsync(() -> "done")));
    }

    @Test
    void throwsWhatTheWorkThrewUnwrapped() {
        IOException io = new IOException("disk full");
        assertSame(io, assertThrows(IOException.class, () -> Futures.join(CompletableFuture.failedFuture(io))));
        assertSame(io, assertThrows(IOException.class,
                () -> Futures.join(CompletableFuture.supplyAsync(() -> { throw new UncheckedIOException(io); }))));
        IllegalArgumentException bad = new IllegalArgumentException("bad");
        assertSame(bad, assertThrows(IllegalArgumentException.class,
                () -> Futures.join(CompletableFuture.supplyAsync(() -> { throw bad; }))));
        StackOverflowError error = new StackOverflowError();
        assertSame(error, assertThrows(StackOverflowError.class, () -> Futures.join(CompletableFuture.failedFuture(error))));
        Exception other = new Exception("checked");
        assertSame(other, assertThrows(IllegalStateException.class,
                () -> Futures.join(CompletableFuture.failedFuture(other))).getCause());
    }

    @Test
    void throwsWhatAStepBeforeThrewThroughACompose() {
        IOException io = new IOException("schemas unreadable");
        CompletableFuture<String> composed = CompletableFuture.<String>failedFuture(io)
                .thenCompose(v -> CompletableFuture.completedFuture("never"));
        assertSame(io, assertThrows(IOException.class, () -> Futures.join(composed)));
    }
}
