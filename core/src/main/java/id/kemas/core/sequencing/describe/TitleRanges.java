package id.kemas.core.sequencing.describe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a group of activities briefly: numbered titles with the same prefix become a range
 * ("Materi 1: Pendahuluan" ... "Materi 8: Kolaboratif" → "Materi 1–8"); others are listed.
 */
public final class TitleRanges {

    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)(\\D.*)?");

    private TitleRanges() {}

    public static String of(List<String> titles) {
        if (titles.isEmpty()) return "";
        if (titles.size() == 1) return titles.get(0);
        String prefix = null;
        List<Integer> numbers = new ArrayList<>();
        for (String t : titles) {
            Matcher m = NUMBERED.matcher(t.strip());
            if (!m.matches() || (prefix != null && !prefix.equals(m.group(1)))) return list(titles);
            prefix = m.group(1);
            numbers.add(Integer.parseInt(m.group(2)));
        }
        for (int i = 1; i < numbers.size(); i++) if (numbers.get(i) != numbers.get(i - 1) + 1) return list(titles);
        return prefix + numbers.get(0) + "–" + numbers.get(numbers.size() - 1);
    }

    /** "A", "A and B", "A, B and C". */
    static String list(List<String> titles) {
        if (titles.size() <= 1) return String.join("", titles);
        return String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.get(titles.size() - 1);
    }
}
