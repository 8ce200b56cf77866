package id.kemas.cli;

import id.kemas.validator.schema.ManifestSchemaValidator;
import id.kemas.validator.schema.SchemaSet;

/**
 * Starts compiling the schema set for {@code kemas validate} on another thread before the command
 * line is even read, so that it overlaps picocli's own start: on a small package the validation
 * otherwise waits for it. The command is guessed from the first argument; the validator asks for
 * the same compilation again and finds it started, and a wrong guess costs only background work.
 * ({@code kemas build} starts its set-up itself, before it loads the course, which takes longer.)
 */
final class EarlySetUp {

    private EarlySetUp() {}

    static void start(String[] args) {
        if (args.length > 0 && args[0].equals("validate")) ManifestSchemaValidator.prepare(SchemaSet.SCORM_2004_4TH);
    }
}
