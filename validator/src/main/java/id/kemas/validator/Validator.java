package id.kemas.validator;

import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Problems;
import id.kemas.core.problem.Severity;
import id.kemas.validator.cam.ContentAggregationChecks;
import id.kemas.validator.container.ContainerChecker;
import id.kemas.validator.container.PackageContent;
import id.kemas.validator.files.FileReferenceCheck;
import id.kemas.validator.html.LaunchPageCheck;
import id.kemas.validator.manifest.ControllingDocumentsCheck;
import id.kemas.validator.manifest.Manifest;
import id.kemas.validator.manifest.ManifestLoader;
import id.kemas.validator.profile.Profiles;
import id.kemas.validator.schema.ManifestSchemaValidator;
import id.kemas.validator.schema.SchemaSet;
import id.kemas.validator.sequencing.SequencingLintStage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Validates a SCORM package, a zip or an expanded folder, in stages; a fatal problem stops the
 * stages after it, every other problem is collected.
 * <pre>
 * Report report = Validator.validate(Path.of("course.zip"), ValidationOptions.defaults());
 * if (!report.isValid()) report.problems().forEach(p -&gt; System.err.println(p.headline()));
 * </pre>
 * Nothing is extracted and nothing is written: entries are read in place. Safe to call from several
 * threads at once. Problems with the input (unreadable, hostile, invalid) are reported, never
 * thrown; an exception means a defect in the validator.
 */
public final class Validator {

    /** Daemon threads for work that overlaps the stages; they never keep the JVM alive. */
    private static final Executor BACKGROUND = task -> {
        Thread t = new Thread(task, "kemas-validate");
        t.setDaemon(true);
        t.start();
    };

    private Validator() {
    }

    public static Report validate(Path packageZipOrFolder, ValidationOptions options) {
        return new Run(packageZipOrFolder, options).run();
    }

    /** Every message ID a report may contain: the catalogue's and those of registered checks. */
    public static Set<String> messageIds() {
        Set<String> ids = new TreeSet<>(Messages.catalog().ids());
        for (ManifestCheck c : SequencingLintStage.registered()) ids.addAll(c.messageIds());
        return ids;
    }

    /**
     * One validation: the stages in order, with what they found. The CRC checks of stage 1 run in
     * the background while stages 2 to 9 work; if they find a fatal problem, what the later stages
     * found is dropped, as if they had not run (they also stop early once it is known).
     */
    private static final class Run {
        private final Path input;
        private final ValidationOptions options;
        private final Problems container = new Problems(Messages.catalog());
        private final Problems later = new Problems(Messages.catalog());
        private final List<Finding> detailed = new ArrayList<>();
        private final List<Stage> ran = new ArrayList<>();
        private PackageKind kind = PackageKind.UNKNOWN;
        private PackageContent content;

        Run(Path input, ValidationOptions options) {
            this.input = input;
            this.options = options;
        }

        Report run() {
            ran.add(Stage.CONTAINER);
            // Compiling the schemas takes longer than reading most packages: it runs on another
            // core from the start (a refused package does not wait for it).
            ManifestSchemaValidator.prepare(SchemaSet.SCORM_2004_4TH);
            Optional<PackageContent> opened = ContainerChecker.open(input, options.limits(), container);
            if (opened.isPresent()) {
                try (PackageContent c = opened.get()) {
                    content = c;
                    if (!fatal(container)) manifestStages();
                    if (!c.finishChecks(container)) {
                        ran.retainAll(List.of(Stage.CONTAINER));
                        kind = PackageKind.UNKNOWN;
                        return report(false);
                    }
                }
            }
            return report(true);
        }

        private void manifestStages() {
            ran.add(Stage.MANIFEST);
            Optional<Manifest> loaded = ManifestLoader.load(content, options.limits().maxManifestBytes(), later);
            if (loaded.isEmpty() || stop()) return;
            Manifest manifest = loaded.get();
            kind = manifest.declaredKind();

            CheckContext ctx = new CheckContext(manifest, content, manifest.rulesKind(), options);
            // Stages 3 to 7 report no fatal problem and do not depend on each other, so the two
            // slowest, schema validation (after the schemas are compiled) and the launch pages, run
            // on other cores while this thread checks the rest; their problems join in stage order.
            CompletableFuture<List<Problem>> pages = CompletableFuture.supplyAsync(() -> run(new LaunchPageCheck(), ctx), BACKGROUND);
            ran.add(Stage.CONTROLLING_DOCUMENTS);
            // the extension schemas the package ships are validated with, too
            Map<String, String> extensions = ControllingDocumentsCheck.check(manifest, content.files(), later);
            SchemaSet set = manifest.rulesKind() == PackageKind.SCORM_12 ? SchemaSet.SCORM_12 : SchemaSet.SCORM_2004_4TH;
            long maxSchemaBytes = options.limits().maxManifestBytes();
            CompletableFuture<List<Finding>> schema = CompletableFuture.supplyAsync(
                    () -> new ManifestSchemaValidator(set).findings(manifest.bytes(), Manifest.FILE, extensions,
                            path -> content.read(path, maxSchemaBytes)), BACKGROUND);
            ran.add(Stage.SCHEMA);
            if (!stage(Stage.CONTENT_AGGREGATION, ContentAggregationChecks.all(), ctx)) return;
            if (!stage(Stage.FILES, List.of(new FileReferenceCheck()), ctx)) return;
            ran.add(Stage.LAUNCH_PAGES);
            // Stages 8 and 9 need neither the pages nor the schema: they run while those finish,
            // and what they found joins only if nothing before them was fatal, as if they ran after.
            List<Problem> lint = run(SequencingLintStage.checks(options), ctx);
            List<Problem> profile = options.profile() == Profile.NONE ? null : run(Profiles.checks(options.profile()), ctx);
            later.addAll(pages.join());
            detailed.addAll(schema.join());
            if (stop()) return;
            if (!join(Stage.SEQUENCING_LINT, lint)) return;
            if (profile != null) join(Stage.PROFILE, profile);
        }

        /** Runs one check into a list of its own (for checks run on another thread). */
        private static List<Problem> run(ManifestCheck check, CheckContext ctx) {
            return run(List.of(check), ctx);
        }

        /** Runs the checks that apply into a list of their own, for {@link #join} to add in stage order. */
        private static List<Problem> run(List<ManifestCheck> checks, CheckContext ctx) {
            Problems found = new Problems(Messages.catalog());
            for (ManifestCheck c : checks) {
                if (c.appliesTo(ctx.kind())) c.check(ctx, found);
            }
            return found.sorted();
        }

        /** Adds what a stage found; false if a fatal problem means the later stages must not run. */
        private boolean join(Stage stage, List<Problem> found) {
            if (!ran.contains(stage)) ran.add(stage);
            later.addAll(found);
            return !stop();
        }

        /** Runs the checks that apply; false if a fatal problem means the later stages must not run. */
        private boolean stage(Stage stage, List<ManifestCheck> checks, CheckContext ctx) {
            return join(stage, run(checks, ctx));
        }

        private boolean stop() {
            return fatal(later) || content.refusedSoFar();
        }

        private static boolean fatal(Problems p) {
            return p.count(Severity.FATAL) > 0;
        }

        private Report report(boolean withLaterStages) {
            return new Report(displayName(), kind, options.profile(), ran, findings(withLaterStages), options.failOnWarning());
        }

        private String displayName() {
            Path name = input.getFileName();
            return name == null ? input.toString() : name.toString();
        }

        /** All problems, with the user's severity changes applied and suppressed IDs left out. */
        private List<Finding> findings(boolean withLaterStages) {
            List<Finding> all = new ArrayList<>();
            container.sorted().forEach(p -> all.add(Finding.of(p)));
            if (withLaterStages) {
                later.sorted().forEach(p -> all.add(Finding.of(p)));
                all.addAll(detailed);
            }
            List<Finding> out = new ArrayList<>(all.size());
            for (Finding f : all) {
                Problem p = f.problem();
                if (options.suppressed().contains(p.id())) continue;
                Severity s = options.severityOverrides().get(p.id());
                out.add(s == null || s == p.severity() ? f
                        : new Finding(new Problem(p.id(), s, p.location(), p.message(), p.hint()), f.detail()));
            }
            return out;
        }
    }
}
