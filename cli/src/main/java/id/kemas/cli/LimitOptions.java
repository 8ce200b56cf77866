package id.kemas.cli;

import id.kemas.validator.Limits;
import java.util.OptionalLong;
import java.util.function.Function;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The read limits of {@code kemas validate} that its hints tell QA to raise (PKG-009, PKG-010,
 * HTM-008), each checked and kept within what the validator's memory can take.
 */
final class LimitOptions {

    /** Every entry is held in memory, with what is reported of it: 300,000 unused files took a validation to 311 MB. */
    static final int MAX_ENTRIES = 500_000;

    /** A page is parsed whole, in memory: one of 17.5 MB took a validation to 188 MB, one of 40 MB to 353 MB; the heap stops at 1 GB. */
    static final int MAX_PAGE_MIB = 64;

    @Option(names = "--max-entries", paramLabel = "<n>",
            description = "Most files and folders a package may hold (default: " + Limits.DEFAULT_MAX_ENTRIES
                    + ", at most " + MAX_ENTRIES + ").")
    Integer maxEntries;

    @Option(names = "--max-size", paramLabel = "<size>",
            description = "Most bytes a package, and any one file in it, may expand to, in bytes or with K, M or G "
                    + "(default: " + Limits.DEFAULT_MAX_TOTAL_GIB + "G in all, " + Limits.DEFAULT_MAX_ENTRY_GIB
                    + "G per file).")
    String maxSize;

    @Option(names = "--max-page-size", paramLabel = "<size>",
            description = "Largest launch page checked as HTML, in bytes or with K, M or G (default: "
                    + Limits.DEFAULT_MAX_PAGE_MIB + "M, at most " + MAX_PAGE_MIB + "M); a larger one is reported (HTM-008) instead.")
    String maxPageSize;

    /** The defaults with what was given; {@code usage} makes the error for a value that is wrong. */
    Limits limits(Function<String, ParameterException> usage) {
        Limits limits = Limits.defaults();
        if (maxEntries != null) {
            if (maxEntries < 1 || maxEntries > MAX_ENTRIES) throw usage.apply("--max-entries: from 1 to " + MAX_ENTRIES + ", not " + maxEntries);
            limits = limits.withMaxEntries(maxEntries);
        }
        if (maxSize != null) limits = limits.withMaxExpandedBytes(size("--max-size", maxSize, usage));
        if (maxPageSize != null) {
            long page = size("--max-page-size", maxPageSize, usage);
            if (page > (long) MAX_PAGE_MIB << 20) {
                throw usage.apply("--max-page-size: at most " + MAX_PAGE_MIB + "M (a page is parsed whole, in memory)");
            }
            limits = limits.withMaxPageBytes(page);
        }
        return limits;
    }

    private static long size(String option, String text, Function<String, ParameterException> usage) {
        OptionalLong bytes = Sizes.parse(text);
        if (bytes.isEmpty()) {
            throw usage.apply(option + ": '" + text + "' is not a size (a positive number of bytes, or of K, M or G: 32M)");
        }
        return bytes.getAsLong();
    }
}
