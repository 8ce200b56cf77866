package id.kemas.export.manifest.lom;

/** The minimal vCard 3.0 that LOM uses to name a contributor. */
final class VCard {

    private VCard() {}

    /** A vCard with a formatted name (FN) and the structured name (N) that vCard 3.0 requires. */
    static String formattedName(String name) {
        String escaped = name.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
                .replaceAll("[\\r\\n]+", " ");
        return "BEGIN:VCARD\nVERSION:3.0\nFN:" + escaped + "\nN:" + escaped + ";;;;\nEND:VCARD";
    }
}
