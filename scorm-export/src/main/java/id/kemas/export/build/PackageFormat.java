package id.kemas.export.build;

import id.kemas.core.model.Course;
import id.kemas.core.problem.Problems;
import id.kemas.export.manifest.ManifestBuilder;
import id.kemas.export.manifest.ManifestWriter;
import id.kemas.export.manifest.SequencingWriter;
import id.kemas.export.pkg.BundledSchemas;
import id.kemas.export.pkg.PackageEntry;
import id.kemas.export.pkg.ScoFiles;
import java.util.List;

/**
 * The SCORM edition a package is written in: how its manifest is written and which schema files
 * sit at its root. {@link #SCORM_2004} is what {@link BuildOptions#defaults()} uses.
 */
public interface PackageFormat {

    /** SCORM 2004 4th Edition: the manifest of {@link ManifestBuilder} and the 33 bundled schema files. */
    PackageFormat SCORM_2004 = new PackageFormat() {
        @Override
        public byte[] manifest(Course course, List<ScoFiles> scos, List<String> sharedFiles, SequencingWriter sequencing,
                               Problems problems) {
            return new ManifestWriter().write(new ManifestBuilder(sequencing).build(course, scos, sharedFiles, problems));
        }

        @Override
        public List<PackageEntry> schemaFiles() {
            return BundledSchemas.entries();
        }
    };

    /**
     * The bytes of {@code imsmanifest.xml}.
     *
     * @param scos        the files of every leaf
     * @param sharedFiles files every SCO uses, sorted in package order
     */
    byte[] manifest(Course course, List<ScoFiles> scos, List<String> sharedFiles, SequencingWriter sequencing,
                    Problems problems);

    /** The schema files the package carries at its root. */
    List<PackageEntry> schemaFiles();
}
