package id.kemas.cli;

import id.kemas.core.load.CourseLoader;
import id.kemas.core.load.LoadResult;
import id.kemas.core.problem.Problem;
import id.kemas.core.problem.Problems;
import id.kemas.core.problem.Severity;
import id.kemas.core.sequencing.ActivityTree;
import id.kemas.core.sequencing.compile.SequencingCompiler;
import id.kemas.core.sequencing.describe.ActivityDescriber;
import id.kemas.core.sequencing.describe.DiagramWriter;
import id.kemas.core.sequencing.lint.SequencingLint;
import id.kemas.validator.Messages;
import id.kemas.validator.sequencing.ManifestSequencingReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kemas inspect <course-dir|package.zip>}: the activity tree with each activity's sequencing in plain words. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Prints the activity tree of a course folder or a SCORM 2004 package (zip or folder), with each "
                + "activity's sequencing in plain words, or draws it as a Mermaid or Graphviz diagram.",
                "Sequencing problems found on the way are printed to the error output."})
final class InspectCommand implements Callable<Integer> {

    /** What to print. */
    enum Diagram { text, mermaid, graphviz }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<course-dir|package.zip>",
            description = "A course folder, a package zip or an expanded package.")
    Path input;

    @Option(names = {"-d", "--diagram"}, paramLabel = "<text|mermaid|graphviz>", defaultValue = "text",
            description = "text (default): the tree in plain words; mermaid: a Mermaid flowchart; graphviz: a DOT digraph.")
    Diagram diagram;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "Write to this file instead of the standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(input)) throw new ParameterException(spec.commandLine(), "no such file or folder: " + input);
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = new ArrayList<>();
        Optional<ActivityTree> tree = Files.isRegularFile(input.resolve("course.yaml")) ? fromCourse(problems) : fromPackage(problems);
        tree.ifPresent(t -> problems.addAll(SequencingLint.check(t)));
        new ProblemPrinter(err, Files.isDirectory(input) ? input : Path.of(input + "!")).print(problems);
        if (tree.isEmpty()) return ExitCodes.EXIT_PROBLEMS;

        String text = switch (diagram) {
            case text -> new ActivityDescriber(tree.get()).describeTree();
            case mermaid -> DiagramWriter.write(tree.get(), DiagramWriter.Format.MERMAID);
            case graphviz -> DiagramWriter.write(tree.get(), DiagramWriter.Format.GRAPHVIZ);
        };
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            write(text, output);
        }
        return problems.stream().anyMatch(p -> p.severity().atLeast(Severity.ERROR)) ? ExitCodes.EXIT_PROBLEMS : ExitCodes.OK;
    }

    private Optional<ActivityTree> fromCourse(List<Problem> problems) {
        LoadResult loaded = CourseLoader.load(input);
        problems.addAll(loaded.problems());
        return loaded.course().map(c -> {
            SequencingCompiler.Compilation compiled = SequencingCompiler.compile(c);
            problems.addAll(compiled.problems());
            return compiled.tree();
        });
    }

    private Optional<ActivityTree> fromPackage(List<Problem> problems) {
        Problems found = new Problems(Messages.catalog());
        Optional<ActivityTree> tree = ManifestSequencingReader.readPackage(input, found);
        problems.addAll(found.sorted());
        return tree;
    }

    /** Written beside the target first, then moved into place. */
    private static void write(String text, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".kemas-inspect", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
