package id.kemas.export.render.course;

import id.kemas.export.render.suspend.SuspendBudget;
import id.kemas.export.render.suspend.SuspendLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The longest course suspend data a package can ever write: the last material on screen, every
 * bank drawn with its highest positions, and every material at its longest (every flag set, the
 * most attempts, a score of 10,000, its last screen, and its own worst case from
 * {@link SuspendBudget}).
 */
public final class CourseSuspendBudget {

    /** The worst case, and how much of it each material takes (its whole field with the separator). */
    public record WorstCase(int total, List<Integer> perMaterial) {
        public WorstCase {
            perMaterial = List.copyOf(perMaterial);
        }

        /** The material that takes the most room. */
        public int largest() {
            int best = 0;
            for (int i = 1; i < perMaterial.size(); i++) if (perMaterial.get(i) > perMaterial.get(best)) best = i;
            return best;
        }
    }

    private CourseSuspendBudget() {}

    public static WorstCase worstCase(CourseSuspendLayout layout) {
        int n = layout.materials().size();
        int total = CourseSuspendCodec.PREFIX.length() + layout.signature().length() + 1
                + (n == 0 ? 0 : digits36(n - 1)) + 1;
        for (int b = 0; b < layout.banks().size(); b++) {
            CourseSuspendLayout.Bank bank = layout.banks().get(b);
            total += (b > 0 ? 1 : 0) + Math.max(0, bank.drawn() - 1);
            for (int p = bank.children() - bank.drawn(); p < bank.children(); p++) total += digits36(p);
        }
        List<Integer> per = new ArrayList<>();
        for (SuspendLayout m : layout.materials()) {
            int field = 1 + 1 + 1 + digits36(CourseSuspendCodec.ATTEMPTS_MAX) + 1
                    + digits36(CourseSuspendCodec.MEASURE_SCALE) + 1 + digits36(m.screens()) + 1
                    + SuspendBudget.worstCase(m);
            per.add(field);
            total += field;
        }
        return new WorstCase(total, per);
    }

    private static int digits36(int n) {
        return Integer.toString(Math.max(n, 0), 36).length();
    }
}
