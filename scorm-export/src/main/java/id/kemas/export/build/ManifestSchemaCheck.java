package id.kemas.export.build;

import id.kemas.core.problem.Problems;
import id.kemas.export.zip.EntryOrder;
import id.kemas.validator.schema.ManifestSchemaValidator;
import id.kemas.validator.schema.SchemaSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Validates the package's manifest against the full schema set of its SCORM edition, every
 * namespace enforced, offline (the validator's {@link ManifestSchemaValidator}). It checks the
 * manifest's bytes while the zip is written, so it costs a build no time on a machine with a
 * core to spare.
 */
public final class ManifestSchemaCheck implements PackageCheck {

    private final SchemaSet schemas;

    /** Against the SCORM 2004 4th Edition schemas. */
    public ManifestSchemaCheck() {
        this(SchemaSet.SCORM_2004_4TH);
    }

    public ManifestSchemaCheck(SchemaSet schemas) {
        this.schemas = schemas;
    }

    @Override
    public void prepare() {
        ManifestSchemaValidator.prepare(schemas);
    }

    @Override
    public void checkManifest(byte[] manifest, Problems problems) throws IOException {
        problems.addAll(new ManifestSchemaValidator(schemas).validate(new ByteArrayInputStream(manifest), EntryOrder.MANIFEST));
    }

    /** Nothing more: the zip holds the manifest's bytes as {@link #checkManifest} saw them. */
    @Override
    public void check(Path zip, Problems problems) {}
}
