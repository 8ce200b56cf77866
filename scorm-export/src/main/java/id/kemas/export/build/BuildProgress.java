package id.kemas.export.build;

import id.kemas.export.zip.ProgressListener;

/** Follows a build: told the total once the files are known, then the bytes written as they go. */
public interface BuildProgress extends ProgressListener {

    BuildProgress NONE = new BuildProgress() {
        @Override
        public void advanced(long bytes) {}
    };

    /** The zip is about to be written; {@code totalBytes} is the size of all content. */
    default void started(long totalBytes) {}

    /** The build has ended, well or not. */
    default void finished() {}
}
