package id.kemas.core.load;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** Parses YAML text into a node tree with positions (composing only: no Java objects are built). */
final class YamlFiles {

    private YamlFiles() {}

    /**
     * Parses {@code text} whose first line is line {@code lineOffset + 1} of {@code file}.
     * A syntax error is reported under {@code syntaxId} and gives empty.
     */
    static Optional<YamlMap> parseMap(String text, String file, int lineOffset, Problems problems, String syntaxId) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported with both places by YamlMap
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(8 * 1024 * 1024);
        Node root;
        try {
            // The composer alone, as Yaml.compose runs it, without the object constructor and
            // representer a Yaml instance also builds: a course has one front matter per page.
            Composer composer = new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
            root = composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Location where = m == null ? Location.of(file)
                    : Location.of(file, m.getLine() + 1 + lineOffset, m.getColumn() + 1);
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.report(syntaxId, where, what);
            return Optional.empty();
        } catch (YAMLException e) {
            problems.report(syntaxId, Location.of(file), e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            problems.report("KMS-010", Location.of(file, 1 + lineOffset, 1), "YAML document");
            return Optional.empty();
        }
        return YamlMap.of(root, "the document", file, lineOffset, problems);
    }
}
