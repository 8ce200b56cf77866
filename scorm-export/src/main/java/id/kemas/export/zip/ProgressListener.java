package id.kemas.export.zip;

/** Told how many bytes of content have gone into the zip, as they go. Called from the writing thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = bytes -> {};

    void advanced(long bytes);
}
