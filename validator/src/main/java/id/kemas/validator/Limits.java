package id.kemas.validator;

/**
 * Bounds on what the validator will read from an untrusted package, so that a zip bomb or a
 * pathological archive is refused quickly instead of exhausting memory, disk or time.
 *
 * @param maxEntries        most files and folders a package may hold
 * @param maxTotalBytes     most bytes all entries may expand to, together
 * @param maxEntryBytes     most bytes one entry may expand to
 * @param maxRatio          most an entry may expand relative to its compressed size ...
 * @param ratioFloorBytes   ... counted only for entries that expand beyond this many bytes
 *                          (tiny files legitimately compress very well)
 * @param maxManifestBytes  largest {@code imsmanifest.xml} that will be parsed
 * @param maxPageBytes      largest launch page that will be parsed as HTML
 */
public record Limits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio,
                     long ratioFloorBytes, long maxManifestBytes, long maxPageBytes) {

    private static final long MIB = 1024L * 1024L;

    // The defaults, as constants that option descriptions can quote.
    public static final int DEFAULT_MAX_ENTRIES = 50_000;
    public static final int DEFAULT_MAX_TOTAL_GIB = 8;
    public static final int DEFAULT_MAX_ENTRY_GIB = 4;
    public static final int DEFAULT_MAX_PAGE_MIB = 8;

    public Limits {
        if (maxEntries <= 0 || maxTotalBytes <= 0 || maxEntryBytes <= 0 || maxRatio <= 0
                || ratioFloorBytes < 0 || maxManifestBytes <= 0 || maxPageBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    /** 50,000 entries, 8 GiB in all, 4 GiB per entry, 200:1 above 1 MiB, 64 MiB manifest, 8 MiB page. */
    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_TOTAL_GIB * 1024 * MIB, DEFAULT_MAX_ENTRY_GIB * 1024 * MIB, 200, MIB,
                64 * MIB, DEFAULT_MAX_PAGE_MIB * MIB);
    }

    public Limits withMaxEntries(int n) {
        return new Limits(n, maxTotalBytes, maxEntryBytes, maxRatio, ratioFloorBytes, maxManifestBytes, maxPageBytes);
    }

    public Limits withMaxTotalBytes(long n) {
        return new Limits(maxEntries, n, Math.min(maxEntryBytes, n), maxRatio, ratioFloorBytes, maxManifestBytes, maxPageBytes);
    }

    /** The package, and so any one entry, may expand to {@code n} bytes at most. */
    public Limits withMaxExpandedBytes(long n) {
        return new Limits(maxEntries, n, n, maxRatio, ratioFloorBytes, maxManifestBytes, maxPageBytes);
    }

    public Limits withMaxPageBytes(long n) {
        return new Limits(maxEntries, maxTotalBytes, maxEntryBytes, maxRatio, ratioFloorBytes, maxManifestBytes, n);
    }

    public Limits withMaxRatio(int ratio) {
        return new Limits(maxEntries, maxTotalBytes, maxEntryBytes, ratio, ratioFloorBytes, maxManifestBytes, maxPageBytes);
    }
}
