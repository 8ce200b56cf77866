package id.kemas.core.load;

import id.kemas.core.markdown.MarkdownRenderer;
import id.kemas.core.model.Question;
import id.kemas.core.model.QuestionType;
import id.kemas.core.model.Quiz;
import id.kemas.core.problem.DidYouMean;
import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a quiz file: its settings and questions, each checked for a well-formed answer key. */
final class QuizLoader {

    private static final Set<String> QUIZ_KEYS = Set.of("id", "passing-score", "retry", "shuffle", "select", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "checks", "prompt", "choices", "answer",
            "accept", "pairs", "explanation", "weight");
    private static final Set<String> CHOICE_KEYS = Set.of("id", "text", "correct");
    private static final Set<String> PAIR_KEYS = Set.of("id", "source", "target");
    private static final Pattern ANSWER_ID = Pattern.compile("[a-z0-9_-]+");

    private final CourseFiles files;
    private final MarkdownRenderer markdown;
    private final Problems problems;
    private final References references;

    QuizLoader(CourseFiles files, MarkdownRenderer markdown, Problems problems, References references) {
        this.files = files;
        this.markdown = markdown;
        this.problems = problems;
        this.references = references;
    }

    Optional<Quiz> load(String written, Location where, String leafId) {
        Optional<String> path = files.existing(written, where, "KMS-016");
        if (path.isEmpty()) return Optional.empty();
        Optional<String> text = files.readText(path.get(), where);
        if (text.isEmpty()) return Optional.empty();
        Optional<YamlMap> doc = YamlFiles.parseMap(text.get(), path.get(), 0, problems, "KMS-002");
        if (doc.isEmpty()) return Optional.empty();
        YamlMap m = doc.get();
        m.allowOnly(QUIZ_KEYS);

        String id = m.string("id").map(String::strip).orElse(leafId);
        if (m.has("id") && !CourseLoader.ID.matcher(id).matches()) problems.report("KMS-006", m.valueLocation("id"), id);
        OptionalInt passing = m.integer("passing-score");
        if (passing.isPresent() && (passing.getAsInt() < 0 || passing.getAsInt() > 100)) {
            problems.report("KMS-026", m.valueLocation("passing-score"), "passing-score", 0, 100, passing.getAsInt());
        }
        boolean retry = m.bool("retry").orElse(false);
        boolean shuffle = m.bool("shuffle").orElse(false);
        OptionalInt select = m.integer("select");

        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (!m.has("questions")) problems.report("KMS-004", m.location(), "questions");
        for (Node qn : m.list("questions")) {
            m.asMap(qn, "a question").flatMap(q -> question(q)).ifPresent(q -> {
                if (!ids.add(q.id())) problems.report("KMS-025", q.source(), "question id", q.id());
                questions.add(q);
            });
        }
        if (m.has("questions") && questions.isEmpty()) problems.report("KMS-010", m.keyLocation("questions"), "question list");
        if (select.isPresent() && (select.getAsInt() < 1 || select.getAsInt() > questions.size())) {
            if (select.getAsInt() < 1) {
                problems.report("KMS-026", m.valueLocation("select"), "select", 1, questions.size(), select.getAsInt());
            } else {
                problems.report("KMS-027", m.valueLocation("select"), select.getAsInt(), questions.size());
            }
        }
        return Optional.of(new Quiz(id, path.get(), passing, retry, shuffle, select, questions));
    }

    private Optional<Question> question(YamlMap q) {
        q.allowOnly(QUESTION_KEYS);
        Location at = q.location();
        String id = q.requiredString("id").orElse("");
        if (!id.isEmpty() && !CourseLoader.ID.matcher(id).matches()) problems.report("KMS-006", q.valueLocation("id"), id);
        Optional<QuestionType> type = q.requiredString("type").flatMap(t -> {
            Optional<QuestionType> found = QuestionType.byKey(t);
            if (found.isEmpty()) {
                List<String> keys = Arrays.stream(QuestionType.values()).map(QuestionType::key).toList();
                problems.report("KMS-018", q.valueLocation("type"), t, DidYouMean.hint(t, keys));
            }
            return found;
        });
        Optional<String> checks = q.string("checks").map(String::strip);
        checks.ifPresent(c -> references.note("checks", c, References.Kind.LEAF, q.valueLocation("checks")));
        List<String> assets = new ArrayList<>();
        String prompt = q.requiredString("prompt").map(p -> inline(p, q.valueLocation("prompt"), assets)).orElse("");
        String explanation = q.string("explanation").map(e -> inline(e, q.valueLocation("explanation"), assets)).orElse("");
        double weight = q.number("weight").orElse(1.0);
        if (weight <= 0) problems.report("KMS-026", q.valueLocation("weight"), "weight", "0 (exclusive)", "any", weight);
        if (type.isEmpty() || id.isEmpty()) return Optional.empty();

        List<Question.Choice> choices = new ArrayList<>();
        Optional<Boolean> answer = Optional.empty();
        List<String> accept = new ArrayList<>();
        List<Question.MatchPair> pairs = new ArrayList<>();
        switch (type.get()) {
            case SINGLE, MULTIPLE -> choices = choices(q, type.get(), id, assets);
            case TRUE_FALSE -> {
                answer = q.bool("answer");
                if (!q.has("answer")) problems.report("KMS-004", at, "answer");
            }
            case FILL_IN -> {
                for (var a : q.strings("accept")) {
                    if (a.value().isBlank()) problems.report("KMS-010", a.location(), "accepted answer");
                    else accept.add(a.value().strip());
                }
                if (accept.isEmpty()) problems.report("KMS-017", at, id, "a fill-in question needs at least one 'accept' answer");
            }
            case MATCHING -> pairs = pairs(q, id, assets);
        }
        return Optional.of(new Question(id, type.get(), checks, prompt, choices, answer, accept, pairs, explanation,
                weight, assets, at));
    }

    private List<Question.Choice> choices(YamlMap q, QuestionType type, String qid, List<String> assets) {
        List<Question.Choice> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node cn : q.list("choices")) {
            q.asMap(cn, "a choice").ifPresent(c -> {
                c.allowOnly(CHOICE_KEYS);
                String cid = c.requiredString("id").orElse("");
                if (!cid.isEmpty() && !ANSWER_ID.matcher(cid).matches()) problems.report("KMS-006", c.valueLocation("id"), cid);
                if (!cid.isEmpty() && !ids.add(cid)) problems.report("KMS-025", c.valueLocation("id"), "choice id", cid);
                String text = c.requiredString("text").map(t -> inline(t, c.valueLocation("text"), assets)).orElse("");
                out.add(new Question.Choice(cid, text, c.bool("correct").orElse(false)));
            });
        }
        long correct = out.stream().filter(Question.Choice::correct).count();
        if (out.size() < 2) problems.report("KMS-017", q.location(), qid, "a choice question needs at least two choices");
        else if (type == QuestionType.SINGLE && correct != 1) {
            problems.report("KMS-017", q.location(), qid, "a 'single' question needs exactly one correct choice, it has " + correct);
        } else if (type == QuestionType.MULTIPLE && correct < 1) {
            problems.report("KMS-017", q.location(), qid, "a 'multiple' question needs at least one correct choice");
        }
        return out;
    }

    private List<Question.MatchPair> pairs(YamlMap q, String qid, List<String> assets) {
        List<Question.MatchPair> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node pn : q.list("pairs")) {
            q.asMap(pn, "a pair").ifPresent(p -> {
                p.allowOnly(PAIR_KEYS);
                String pid = p.requiredString("id").orElse("");
                if (!pid.isEmpty() && !ANSWER_ID.matcher(pid).matches()) problems.report("KMS-006", p.valueLocation("id"), pid);
                if (!pid.isEmpty() && !ids.add(pid)) problems.report("KMS-025", p.valueLocation("id"), "pair id", pid);
                String source = p.requiredString("source").map(t -> inline(t, p.valueLocation("source"), assets)).orElse("");
                String target = p.requiredString("target").map(t -> inline(t, p.valueLocation("target"), assets)).orElse("");
                out.add(new Question.MatchPair(pid, source, target));
            });
        }
        if (out.size() < 2) problems.report("KMS-017", q.location(), qid, "a matching question needs at least two pairs");
        return out;
    }

    private String inline(String text, Location where, List<String> assets) {
        MarkdownRenderer.Rendered r = markdown.renderInline(text, where.file(), where.line(),
                (ref, at) -> files.existing(ref, at, "KMS-012"), problems);
        assets.addAll(r.assets());
        return r.html();
    }
}
