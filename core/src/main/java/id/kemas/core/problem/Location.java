package id.kemas.core.problem;

/**
 * Where a problem is: a file path as the user knows it, and a 1-based line and column.
 * Line or column 0 means "unknown"; {@link #NONE} is a problem with no file at all.
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    public static final Location NONE = new Location("", 0, 0);

    public Location {
        file = file == null ? "" : file;
    }

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    public static Location of(String file, int line, int column) {
        return new Location(file, line, column);
    }

    /** {@code file:line:col}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        if (file.isEmpty()) return "";
        if (line <= 0) return file;
        if (column <= 0) return file + ":" + line;
        return file + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
