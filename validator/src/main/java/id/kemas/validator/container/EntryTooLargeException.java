package id.kemas.validator.container;

import java.io.IOException;

/** A file is larger than the caller agreed to read. */
public final class EntryTooLargeException extends IOException {

    private final long limit;

    public EntryTooLargeException(String path, long limit) {
        super(path + " is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
