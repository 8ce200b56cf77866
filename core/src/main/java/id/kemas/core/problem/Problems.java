package id.kemas.core.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems as a step finds them; never stops at the first. Not thread-safe. */
public final class Problems {

    private final MessageCatalog catalog;
    private final List<Problem> list = new ArrayList<>();

    public Problems(MessageCatalog catalog) {
        this.catalog = catalog;
    }

    public MessageCatalog catalog() {
        return catalog;
    }

    public Problem report(String id, Location where, Object... args) {
        Problem p = catalog.problem(id, where, args);
        list.add(p);
        return p;
    }

    public void add(Problem p) {
        list.add(p);
    }

    public void addAll(List<Problem> ps) {
        list.addAll(ps);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(p -> p.severity().atLeast(Severity.ERROR));
    }

    public long count(Severity s) {
        return list.stream().filter(p -> p.severity() == s).count();
    }

    /** All problems, ordered by file, line and column, then ID. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(Problem::location).thenComparing(Problem::id));
        return List.copyOf(copy);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }
}
