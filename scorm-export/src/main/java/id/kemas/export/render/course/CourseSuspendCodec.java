package id.kemas.export.render.course;

import id.kemas.export.render.course.CourseSuspendState.Completion;
import id.kemas.export.render.course.CourseSuspendState.Material;
import id.kemas.export.render.course.CourseSuspendState.Success;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The course suspend-data format, version 1, of single-SCO packages. The course script
 * ({@code kemas-course.js}, {@code kemas.course.codec}) implements the same format; the two are
 * tested against each other.
 *
 * <pre>
 * data      = "KC1" signature "~" current "~" draws *( "~" material )   one material field per material
 * current   = "" on the home menu, else the material's number (0-based) in base 36
 * draws     = per random bank, joined by ",": "" before the first draw, else the drawn children's
 *             positions in base 36, in the order drawn, joined by "."
 * material  = "" when never opened, else flags "^" attempts "^" measure "^" location "^" own
 * flags     = one base-36 digit: completion (0 unknown, 1 incomplete, 2 completed)
 *             + 3 × success (0 unknown, 1 passed, 2 failed) + 9 × remediation pending (0, 1)
 * attempts  = finished quiz attempts in base 36, "" for none (at most "zz")
 * measure   = the scaled score × 10,000 in base 36, "" when unknown
 * location  = the last screen, 1-based, in base 36, "" when none
 * own       = the material's own suspend data (SuspendDataCodec, version 1), which never holds "~" or "^"
 * </pre>
 */
public final class CourseSuspendCodec {

    public static final String PREFIX = "KC1";
    /** The measure is kept in ten-thousandths, the precision of cmi.score.scaled the runtime writes. */
    public static final int MEASURE_SCALE = 10_000;
    /** The most attempts two base-36 digits hold; more are kept as this many. */
    public static final int ATTEMPTS_MAX = 36 * 36 - 1;

    private static final Pattern BASE36 = Pattern.compile("[0-9a-z]{1,6}");

    private CourseSuspendCodec() {}

    public static String encode(CourseSuspendLayout layout, CourseSuspendState state) {
        require(state.materials().size() == layout.materials().size(), "one state per material");
        require(state.draws().size() == layout.banks().size(), "one draw per bank");
        StringBuilder out = new StringBuilder(PREFIX).append(layout.signature()).append('~');
        state.current().ifPresent(c -> {
            require(c >= 0 && c < layout.materials().size(), "current material " + c);
            out.append(Integer.toString(c, 36));
        });
        out.append('~');
        for (int b = 0; b < layout.banks().size(); b++) {
            if (b > 0) out.append(',');
            Optional<List<Integer>> draw = state.draws().get(b);
            if (draw.isPresent()) {
                checkDraw(layout.banks().get(b), draw.get());
                List<String> parts = new ArrayList<>();
                for (int p : draw.get()) parts.add(Integer.toString(p, 36));
                out.append(String.join(".", parts));
            }
        }
        for (Material m : state.materials()) out.append('~').append(material(m));
        return out.toString();
    }

    /** The state in {@code data}, or empty when it is not version-1 data for this course. */
    public static Optional<CourseSuspendState> decode(CourseSuspendLayout layout, String data) {
        try {
            return Optional.of(parse(layout, data));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static CourseSuspendState parse(CourseSuspendLayout layout, String data) {
        String head = PREFIX + layout.signature() + "~";
        require(data != null && data.startsWith(head), "not version-1 data for this course");
        String[] fields = data.substring(head.length()).split("~", -1);
        require(fields.length == 2 + layout.materials().size(), "one field per material");
        OptionalInt current = fields[0].isEmpty() ? OptionalInt.empty()
                : OptionalInt.of(base36(fields[0], layout.materials().size()));
        List<Optional<List<Integer>>> draws = new ArrayList<>();
        String[] banks = layout.banks().isEmpty() ? new String[0] : fields[1].split(",", -1);
        require(banks.length == layout.banks().size(), "one draw per bank");
        for (int b = 0; b < banks.length; b++) {
            if (banks[b].isEmpty()) {
                draws.add(Optional.empty());
                continue;
            }
            List<Integer> draw = new ArrayList<>();
            for (String p : banks[b].split("\\.", -1)) draw.add(base36(p, layout.banks().get(b).children()));
            checkDraw(layout.banks().get(b), draw);
            draws.add(Optional.of(draw));
        }
        if (layout.banks().isEmpty()) require(fields[1].isEmpty(), "no banks");
        List<Material> materials = new ArrayList<>();
        for (int i = 0; i < layout.materials().size(); i++) materials.add(readMaterial(fields[2 + i]));
        return new CourseSuspendState(current, draws, materials);
    }

    static String material(Material m) {
        if (m.equals(Material.UNTOUCHED)) return "";
        require(m.player().indexOf('~') < 0 && m.player().indexOf('^') < 0, "a material's own data holds a separator");
        int flags = m.completion().ordinal() + 3 * m.success().ordinal() + 9 * (m.pending() ? 1 : 0);
        return Integer.toString(flags, 36) + '^'
                + (m.attempts() == 0 ? "" : Integer.toString(Math.min(m.attempts(), ATTEMPTS_MAX), 36)) + '^'
                + (m.measure().isPresent() ? Integer.toString(m.measure().getAsInt(), 36) : "") + '^'
                + (m.location() == 0 ? "" : Integer.toString(m.location(), 36)) + '^'
                + m.player();
    }

    private static Material readMaterial(String s) {
        if (s.isEmpty()) return Material.UNTOUCHED;
        String[] f = s.split("\\^", 5);
        require(f.length == 5, "material fields");
        int flags = base36(f[0], 18);
        require(f[0].length() == 1, "flags");
        return new Material(Completion.values()[flags % 3], Success.values()[flags / 3 % 3], flags >= 9,
                f[1].isEmpty() ? 0 : base36(f[1], ATTEMPTS_MAX + 1),
                f[2].isEmpty() ? OptionalInt.empty() : OptionalInt.of(base36(f[2], MEASURE_SCALE + 1)),
                f[3].isEmpty() ? 0 : base36(f[3], Integer.MAX_VALUE), f[4]);
    }

    private static void checkDraw(CourseSuspendLayout.Bank bank, List<Integer> draw) {
        require(draw.size() == bank.drawn(), "a draw of " + bank.drawn());
        Set<Integer> distinct = new HashSet<>();
        for (int p : draw) require(p >= 0 && p < bank.children() && distinct.add(p), "drawn position " + p);
    }

    private static int base36(String s, int bound) {
        require(BASE36.matcher(s).matches(), "base-36 number");
        int v = Integer.parseInt(s, 36);
        require(v < bound, "number out of range");
        return v;
    }

    private static void require(boolean ok, String what) {
        if (!ok) throw new IllegalArgumentException(what);
    }
}
