package id.kemas.export.build;

import id.kemas.export.manifest.SequencingWriter;
import id.kemas.export.render.ScoRenderer;
import id.kemas.export.render.VelocityScoRenderer;
import id.kemas.export.zip.ZipPackageWriter;
import id.kemas.export.zip.ZipTimestamp;
import java.util.Objects;
import java.util.Optional;

/**
 * How a package is built. {@link #defaults()} renders pages with the built-in Velocity templates
 * (give a {@link VelocityScoRenderer} with the course's theme folder to apply a theme), writes no
 * sequencing, checks the written manifest against the full schema set, takes the timestamp from
 * the environment and deflates on every core.
 *
 * @param timestamp the entries' timestamp; empty: from {@code SOURCE_DATE_EPOCH} or the course version
 * @param threads   worker threads that deflate text while the zip is written
 * @param format    the SCORM edition of the manifest and schema files (SCORM 2004 by default)
 */
public record BuildOptions(ScoRenderer renderer, SequencingWriter sequencing, PackageCheck check,
                           Optional<ZipTimestamp> timestamp, int threads, BuildProgress progress, PackageFormat format) {

    public BuildOptions {
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(sequencing, "sequencing");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(format, "format");
        if (threads < 0) throw new IllegalArgumentException("threads < 0");
    }

    public static BuildOptions defaults() {
        return new BuildOptions(new VelocityScoRenderer(), SequencingWriter.NONE, new ManifestSchemaCheck(), Optional.empty(),
                ZipPackageWriter.defaultThreads(), BuildProgress.NONE, PackageFormat.SCORM_2004);
    }

    public BuildOptions withRenderer(ScoRenderer r) {
        return new BuildOptions(r, sequencing, check, timestamp, threads, progress, format);
    }

    public BuildOptions withSequencing(SequencingWriter s) {
        return new BuildOptions(renderer, s, check, timestamp, threads, progress, format);
    }

    public BuildOptions withCheck(PackageCheck c) {
        return new BuildOptions(renderer, sequencing, c, timestamp, threads, progress, format);
    }

    public BuildOptions withTimestamp(ZipTimestamp t) {
        return new BuildOptions(renderer, sequencing, check, Optional.of(t), threads, progress, format);
    }

    public BuildOptions withThreads(int n) {
        return new BuildOptions(renderer, sequencing, check, timestamp, n, progress, format);
    }

    public BuildOptions withProgress(BuildProgress p) {
        return new BuildOptions(renderer, sequencing, check, timestamp, threads, p, format);
    }

    public BuildOptions withFormat(PackageFormat f) {
        return new BuildOptions(renderer, sequencing, check, timestamp, threads, progress, f);
    }
}
