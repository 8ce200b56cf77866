package id.kemas.export.build;

import id.kemas.core.problem.Problems;
import id.kemas.validator.Report;
import id.kemas.validator.ValidationOptions;
import id.kemas.validator.Validator;
import id.kemas.validator.schema.ManifestSchemaValidator;
import id.kemas.validator.schema.SchemaSet;
import java.nio.file.Path;

/**
 * Runs the whole validator on the written package: container, manifest, schemas, content
 * aggregation rules, file references, launch pages, sequencing lint. Thorough, and slower than
 * {@link ManifestSchemaCheck} in proportion to the package (it reads every entry).
 */
public final class FullValidationCheck implements PackageCheck {

    @Override
    public void prepare() {
        ManifestSchemaValidator.prepare(SchemaSet.SCORM_2004_4TH);
    }

    @Override
    public void check(Path zip, Problems problems) {
        Report report = Validator.validate(zip, ValidationOptions.defaults());
        problems.addAll(report.problems());
    }
}
