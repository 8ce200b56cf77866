package id.kemas.export.build;

import id.kemas.core.problem.Problems;
import id.kemas.export.zip.EntryOrder;
import id.kemas.validator.schema.ManifestSchemaValidator;
import id.kemas.validator.schema.SchemaSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Validates the manifest inside a written package against the full schema set of its SCORM edition,
 * every namespace enforced, offline (the validator's {@link ManifestSchemaValidator}).
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
    public void check(Path zip, Problems problems) throws IOException {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            ZipArchiveEntry manifest = file.getEntry(EntryOrder.MANIFEST);
            if (manifest == null) throw new IOException("the written package has no " + EntryOrder.MANIFEST);
            try (InputStream in = file.getInputStream(manifest)) {
                problems.addAll(new ManifestSchemaValidator(schemas).validate(in, EntryOrder.MANIFEST));
            }
        }
    }
}
