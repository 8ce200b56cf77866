package id.kemas.validator.report;

import id.kemas.core.problem.Severity;
import id.kemas.validator.Finding;
import id.kemas.validator.Report;
import id.kemas.validator.Stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Problems grouped by rule family, the prefix of their ID ({@code CAM} for {@code CAM-006}). */
final class Families {

    /** One family: whether its stage ran, and its problems. */
    record Family(String prefix, String description, boolean ran, List<Finding> findings) {
        long count(Severity s) {
            return findings.stream().filter(f -> f.problem().severity() == s).count();
        }

        boolean failed(boolean failOnWarning) {
            return findings.stream().anyMatch(f -> f.problem().severity().atLeast(failOnWarning ? Severity.WARNING : Severity.ERROR));
        }
    }

    private Families() {
    }

    static String prefix(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    /** The families of every stage, in stage order, then any other prefix found in the report. */
    static List<Family> of(Report report) {
        Map<String, Family> map = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            Family existing = map.get(s.prefix());
            boolean ran = report.stagesRun().contains(s) || (existing != null && existing.ran());
            String description = existing == null ? s.description() : existing.description() + "; " + s.description();
            map.put(s.prefix(), new Family(s.prefix(), description, ran, new ArrayList<>()));
        }
        for (Finding f : report.findings()) {
            String p = prefix(f.problem().id());
            map.computeIfAbsent(p, k -> new Family(k, k + " rules", true, new ArrayList<>())).findings().add(f);
        }
        return List.copyOf(map.values());
    }
}
