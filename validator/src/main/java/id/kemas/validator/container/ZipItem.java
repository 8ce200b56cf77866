package id.kemas.validator.container;

/**
 * One entry of a zip's central directory, as written there (sizes and offsets already widened by
 * the Zip64 extra field).
 *
 * @param name      the name in the encoding the entry declares (UTF-8 flag or Info-ZIP Unicode path),
 *                  else UTF-8 when the bytes are valid UTF-8, else code page 437
 * @param legacyName whether the name had to be read as code page 437
 */
record ZipItem(String name, boolean legacyName, int flags, int method, long crc, long compressedSize, long size,
               long localHeaderOffset, int madeBy, long externalAttributes) {

    static final int STORED = 0;
    static final int DEFLATED = 8;

    private static final int UNIX = 3;
    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;

    boolean isDirectory() {
        return name.endsWith("/");
    }

    boolean isSymlink() {
        return (madeBy >> 8) == UNIX && ((externalAttributes >> 16) & S_IFMT) == S_IFLNK;
    }

    boolean isEncrypted() {
        return (flags & 1) != 0 || (flags & (1 << 6)) != 0;
    }

    boolean isReadable() {
        return !isEncrypted() && (method == STORED || method == DEFLATED);
    }
}
