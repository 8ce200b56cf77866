package id.kemas.validator.container;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The file paths of a package, with their sizes, for exact and case-insensitive look-ups.
 * Folders are implied by the files they hold (and by explicit folder entries).
 */
public final class FileIndex {

    private final NavigableMap<String, Long> sizes;
    private final Map<String, List<String>> byLowerCase = new HashMap<>();
    private final Set<String> folders = new HashSet<>();

    public FileIndex(Map<String, Long> sizes, Set<String> explicitFolders) {
        this.sizes = Collections.unmodifiableNavigableMap(new TreeMap<>(sizes));
        for (String p : this.sizes.keySet()) {
            byLowerCase.computeIfAbsent(lower(p), k -> new ArrayList<>(1)).add(p);
            for (int i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) folders.add(p.substring(0, i));
        }
        for (String f : explicitFolders) folders.add(f.endsWith("/") ? f.substring(0, f.length() - 1) : f);
    }

    /** Every file path, sorted. */
    public Set<String> paths() {
        return sizes.keySet();
    }

    public int size() {
        return sizes.size();
    }

    public boolean contains(String path) {
        return sizes.containsKey(path);
    }

    public long sizeOf(String path) {
        Long s = sizes.get(path);
        return s == null ? -1 : s;
    }

    /** A file whose path differs from {@code path} only in letter case, if there is one. */
    public Optional<String> caseInsensitiveMatch(String path) {
        List<String> hits = byLowerCase.get(lower(path));
        return hits == null ? Optional.empty() : hits.stream().filter(h -> !h.equals(path)).findFirst();
    }

    public boolean isFolder(String path) {
        return folders.contains(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
