package id.kemas.export.render.suspend;

import id.kemas.export.render.suspend.SuspendLayout.QuestionShape;
import id.kemas.export.render.suspend.SuspendLayout.QuizShape;
import id.kemas.export.render.suspend.SuspendState.Answer;
import id.kemas.export.render.suspend.SuspendState.QuizState;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The suspend-data format, version 1. The runtime script ({@code kemas-runtime.js}, {@code codec})
 * implements the same format; the two are tested against each other.
 *
 * <pre>
 * data     = "K1" signature "|" seen [ "|" finished ";" order ";" answers ]
 * seen     = a bit set over the screens: ceil(screens / 6) characters of A-Z a-z 0-9 - _,
 *            character k holding screens 6k .. 6k+5, lowest bit first
 * finished = "1" once the attempt's results were shown, else "0"
 * order    = "" when the quiz always has the author's order, else the bank index of the question
 *            on each question screen, in base 36, joined by "."
 * answers  = one per question screen, joined by ","; "" is not answered yet
 *            single: the choice index in base 36      multiple: a bit set over the choices
 *            true-false: "t" or "f"                  matching: per pair, the target index in
 *            base 36, fixed width                      fill-in: the text, escaped
 * </pre>
 *
 * Escaped text keeps {@code A-Z a-z 0-9}, space and {@code -_!*()?:@/+=#}; every other character is
 * written as {@code %XX} per UTF-8 byte, so the data is printable ASCII whatever the learner typed
 * and never contains the separators {@code | ; , . %}. Unpaired surrogates become U+FFFD.
 */
public final class SuspendDataCodec {

    public static final String PREFIX = "K1";
    private static final String BITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String SAFE_PUNCTUATION = " -_!*()?:@/+=#";

    private SuspendDataCodec() {}

    /** Encodes a state that fits the layout; throws IllegalArgumentException if it does not. */
    public static String encode(SuspendLayout layout, SuspendState state) {
        StringBuilder out = new StringBuilder(PREFIX).append(layout.signature()).append('|');
        for (int i : state.seen()) {
            if (i < 0 || i >= layout.screens()) throw new IllegalArgumentException("screen " + i + " out of range");
        }
        out.append(bits(state.seen(), layout.screens()));
        if (state.quiz().isPresent()) {
            QuizShape shape = layout.quiz().orElseThrow(() -> new IllegalArgumentException("the SCO has no quiz"));
            QuizState quiz = state.quiz().get();
            checkOrder(shape, quiz.order());
            out.append('|').append(quiz.finished() ? '1' : '0').append(';');
            if (!shape.fixedOrder()) {
                List<String> ids = new ArrayList<>();
                for (int q : quiz.order()) ids.add(Integer.toString(q, 36));
                out.append(String.join(".", ids));
            }
            out.append(';');
            for (int slot = 0; slot < quiz.answers().size(); slot++) {
                if (slot > 0) out.append(',');
                out.append(answer(shape.questions().get(quiz.order().get(slot)), quiz.answers().get(slot)));
            }
        }
        return out.toString();
    }

    /** The state in {@code data}, or empty when it is not version-1 data for this layout. */
    public static Optional<SuspendState> decode(SuspendLayout layout, String data) {
        try {
            return Optional.of(parse(layout, data));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static SuspendState parse(SuspendLayout layout, String data) {
        String head = PREFIX + layout.signature() + "|";
        require(data != null && data.startsWith(head), "not version-1 data for this SCO");
        String[] sections = data.substring(head.length()).split("\\|", -1);
        require(sections.length == 1 || sections.length == 2, "sections");
        Set<Integer> seen = readBits(sections[0], layout.screens());
        if (sections.length == 1) return SuspendState.of(seen, Optional.empty());
        QuizShape shape = layout.quiz().orElseThrow(() -> new IllegalArgumentException("no quiz"));
        String[] fields = sections[1].split(";", -1);
        require(fields.length == 3, "quiz fields");
        require(fields[0].equals("0") || fields[0].equals("1"), "finished");
        List<Integer> order = new ArrayList<>();
        if (shape.fixedOrder()) {
            require(fields[1].isEmpty(), "order of a fixed quiz");
            for (int i = 0; i < shape.drawn(); i++) order.add(i);
        } else {
            for (String id : fields[1].split("\\.", -1)) order.add(base36(id, shape.questions().size()));
        }
        checkOrder(shape, order);
        String[] answerTexts = fields[2].split(",", -1);
        require(answerTexts.length == shape.drawn(), "answers");
        List<Answer> answers = new ArrayList<>();
        for (int slot = 0; slot < answerTexts.length; slot++) {
            answers.add(readAnswer(shape.questions().get(order.get(slot)), answerTexts[slot]));
        }
        return SuspendState.of(seen, Optional.of(new QuizState(fields[0].equals("1"), order, answers)));
    }

    private static void checkOrder(QuizShape shape, List<Integer> order) {
        require(order.size() == shape.drawn(), "one question per question screen");
        Set<Integer> distinct = new HashSet<>();
        for (int q : order) {
            require(q >= 0 && q < shape.questions().size() && distinct.add(q), "question index " + q);
        }
        if (shape.fixedOrder()) {
            for (int i = 0; i < order.size(); i++) require(order.get(i) == i, "a fixed quiz keeps the author's order");
        }
    }

    // ---- answers

    static int encodeAnswerLength(QuestionShape q, Answer a) {
        return answer(q, a).length();
    }

    private static String answer(QuestionShape q, Answer a) {
        if (a instanceof Answer.None) return "";
        switch (q.type()) {
            case SINGLE -> {
                int c = ((Answer.Single) cast(a, Answer.Single.class)).choice();
                require(c >= 0 && c < q.options(), "choice " + c);
                return Integer.toString(c, 36);
            }
            case MULTIPLE -> {
                Set<Integer> cs = ((Answer.Multiple) cast(a, Answer.Multiple.class)).choices();
                require(!cs.isEmpty(), "at least one choice");
                for (int c : cs) require(c >= 0 && c < q.options(), "choice " + c);
                return bits(cs, q.options());
            }
            case TRUE_FALSE -> {
                return ((Answer.TrueFalse) cast(a, Answer.TrueFalse.class)).value() ? "t" : "f";
            }
            case FILL_IN -> {
                String text = ((Answer.Text) cast(a, Answer.Text.class)).text();
                require(!text.isEmpty() && text.length() <= q.textMax(), "text length " + text.length());
                return escape(text);
            }
            case MATCHING -> {
                List<Integer> targets = ((Answer.Matching) cast(a, Answer.Matching.class)).targets();
                require(targets.size() == q.options(), "one target per pair");
                int width = digits36(q.options() - 1);
                StringBuilder b = new StringBuilder();
                for (int t : targets) {
                    require(t >= 0 && t < q.options(), "target " + t);
                    String s = Integer.toString(t, 36);
                    b.append("0".repeat(width - s.length())).append(s);
                }
                return b.toString();
            }
            default -> throw new IllegalStateException();
        }
    }

    private static Answer readAnswer(QuestionShape q, String s) {
        if (s.isEmpty()) return Answer.NONE;
        return switch (q.type()) {
            case SINGLE -> new Answer.Single(base36(s, q.options()));
            case MULTIPLE -> {
                Set<Integer> cs = readBits(s, q.options());
                require(!cs.isEmpty(), "at least one choice");
                yield new Answer.Multiple(new TreeSet<>(cs));
            }
            case TRUE_FALSE -> {
                require(s.equals("t") || s.equals("f"), "true-false");
                yield new Answer.TrueFalse(s.equals("t"));
            }
            case FILL_IN -> {
                String text = unescape(s);
                require(text.length() <= q.textMax(), "text too long");
                yield new Answer.Text(text);
            }
            case MATCHING -> {
                int width = digits36(q.options() - 1);
                require(s.length() == width * q.options(), "matching width");
                List<Integer> targets = new ArrayList<>();
                for (int i = 0; i < s.length(); i += width) targets.add(base36(s.substring(i, i + width), q.options()));
                yield new Answer.Matching(targets);
            }
        };
    }

    // ---- bit sets, numbers, text

    private static String bits(Set<Integer> set, int size) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k * 6 < size; k++) {
            int v = 0;
            for (int bit = 0; bit < 6; bit++) if (set.contains(k * 6 + bit)) v |= 1 << bit;
            b.append(BITS.charAt(v));
        }
        return b.toString();
    }

    private static Set<Integer> readBits(String s, int size) {
        require(s.length() == (size + 5) / 6, "bit set length");
        Set<Integer> out = new TreeSet<>();
        for (int k = 0; k < s.length(); k++) {
            int v = BITS.indexOf(s.charAt(k));
            require(v >= 0, "bit set character");
            for (int bit = 0; bit < 6; bit++) {
                if ((v & (1 << bit)) != 0) {
                    require(k * 6 + bit < size, "bit beyond the end");
                    out.add(k * 6 + bit);
                }
            }
        }
        return out;
    }

    /** A base-36 number below {@code bound}, lower-case digits only. */
    private static int base36(String s, int bound) {
        require(!s.isEmpty() && s.length() <= 6 && s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')),
                "base-36 number");
        int v = Integer.parseInt(s, 36);
        require(v < bound, "number out of range");
        return v;
    }

    static int digits36(int n) {
        return Integer.toString(Math.max(n, 0), 36).length();
    }

    static boolean isSafe(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || (c < 128 && SAFE_PUNCTUATION.indexOf(c) >= 0);
    }

    /** Unpaired surrogates replaced by U+FFFD, as the runtime script does. */
    public static String wellFormed(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder();
        for (byte x : wellFormed(text).getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (isSafe(c)) b.append((char) c);
            else b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return b.toString();
    }

    static String unescape(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                require(i + 2 < s.length(), "escape");
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                require(hi >= 0 && lo >= 0, "escape digits");
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                require(isSafe(c), "unescaped character");
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8");
        }
    }

    private static Answer cast(Answer a, Class<? extends Answer> kind) {
        require(kind.isInstance(a), "answer " + a + " does not fit the question");
        return a;
    }

    private static void require(boolean ok, String what) {
        if (!ok) throw new IllegalArgumentException(what);
    }
}
