package id.kemas.core.problem;

import java.util.Collection;
import java.util.Optional;

/** Suggests the closest known word for a misspelt one (optimal string alignment distance: a swap counts once). */
public final class DidYouMean {

    private DidYouMean() {}

    public static Optional<String> closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = word.length() < 4 ? 1 : Math.max(2, word.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** "Did you mean 'x'?" or a list of what is allowed. */
    public static String hint(String word, Collection<String> known) {
        return closest(word, known).map(k -> "Did you mean '" + k + "'?")
                .orElse("Allowed here: " + String.join(", ", known.stream().sorted().toList()) + ".");
    }

    private static int distance(String a, String b) {
        int[] prevPrev = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], prevPrev[j - 2] + 1); // a swap of two letters is one edit
                }
            }
            int[] older = prevPrev;
            prevPrev = prev;
            prev = cur;
            cur = older;
        }
        return prev[b.length()];
    }
}
