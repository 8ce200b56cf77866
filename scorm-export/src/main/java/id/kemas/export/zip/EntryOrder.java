package id.kemas.export.zip;

import java.util.Comparator;

/**
 * The order of entries in a package: {@code imsmanifest.xml} first (some LMSs and tools read only
 * the start of the zip), then every other path by Unicode code point, which is also UTF-8 byte order.
 */
public final class EntryOrder {

    public static final String MANIFEST = "imsmanifest.xml";

    public static final Comparator<String> PATHS = EntryOrder::compare;

    private EntryOrder() {}

    private static int compare(String a, String b) {
        boolean am = a.equals(MANIFEST);
        boolean bm = b.equals(MANIFEST);
        if (am || bm) return am == bm ? 0 : am ? -1 : 1;
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
