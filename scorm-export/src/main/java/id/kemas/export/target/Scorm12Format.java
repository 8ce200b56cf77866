package id.kemas.export.target;

import id.kemas.core.model.Course;
import id.kemas.core.problem.Problems;
import id.kemas.export.build.PackageFormat;
import id.kemas.export.manifest.SequencingWriter;
import id.kemas.export.manifest12.Manifest12Builder;
import id.kemas.export.manifest12.Manifest12Writer;
import id.kemas.export.manifest12.Schemas12;
import id.kemas.export.pkg.PackageEntry;
import id.kemas.export.pkg.ScoFiles;
import java.util.List;

/** SCORM 1.2: a 1.2 manifest (no sequencing exists in 1.2) and the four 1.2 schema files at the root. */
final class Scorm12Format implements PackageFormat {

    @Override
    public byte[] manifest(Course course, List<ScoFiles> scos, List<String> sharedFiles, SequencingWriter sequencing,
                           Problems problems) {
        return new Manifest12Writer().write(new Manifest12Builder().build(course, scos, sharedFiles));
    }

    @Override
    public List<PackageEntry> schemaFiles() {
        return Schemas12.entries();
    }
}
