package id.kemas.validator.container;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipException;

/**
 * Reads a zip's central directory (APPNOTE 6.3: end record, Zip64 end record, file headers, Zip64
 * and Info-ZIP Unicode path extra fields) in one read, with every length checked against the file,
 * so that a damaged or hostile directory fails with {@link ZipException} instead of misreading.
 * Local headers are not read here: see {@link #dataOffset}.
 */
final class CentralDirectory {

    private static final int EOCD_SIG = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int ZIP64_EOCD_SIG = 0x06064b50;
    private static final int CFH_SIG = 0x02014b50;
    private static final int LFH_SIG = 0x04034b50;
    private static final int EOCD_MIN = 22;
    private static final int CFH_MIN = 46;
    private static final int LFH_MIN = 30;
    private static final int ZIP64_EXTRA = 0x0001;
    private static final int UNICODE_PATH_EXTRA = 0x7075;
    private static final long MAX32 = 0xffffffffL;
    private static final Charset CP437 = Charset.isSupported("IBM437") ? Charset.forName("IBM437") : StandardCharsets.ISO_8859_1;

    /** Where the directory is and how many entries it declares. */
    record End(long entries, long offset, long size) {
    }

    private CentralDirectory() {
    }

    /** The end record, or null if the file has none (not a zip, or cut short). */
    static End end(FileChannel ch) throws IOException {
        long fileSize = ch.size();
        if (fileSize < EOCD_MIN) return null;
        int tailLen = (int) Math.min(fileSize, EOCD_MIN + 0xffff);
        ByteBuffer tail = read(ch, fileSize - tailLen, tailLen);
        for (int i = tailLen - EOCD_MIN; i >= 0; i--) {
            if (tail.getInt(i) != EOCD_SIG) continue;
            int commentLen = u16(tail, i + 20);
            if (i + EOCD_MIN + commentLen != tailLen) continue; // a signature inside the comment
            long entries = u16(tail, i + 10);
            long size = u32(tail, i + 12);
            long offset = u32(tail, i + 16);
            long eocdPos = fileSize - tailLen + i;
            if ((entries == 0xffff || size == MAX32 || offset == MAX32) && eocdPos >= 20) {
                End z64 = zip64End(ch, eocdPos);
                if (z64 != null) return z64;
            }
            return new End(entries, offset, size);
        }
        return null;
    }

    private static End zip64End(FileChannel ch, long eocdPos) throws IOException {
        ByteBuffer loc = read(ch, eocdPos - 20, 20);
        if (loc.getInt(0) != ZIP64_LOCATOR_SIG) return null;
        long at = loc.getLong(8);
        if (at < 0 || at + 56 > ch.size()) return null;
        ByteBuffer rec = read(ch, at, 56);
        if (rec.getInt(0) != ZIP64_EOCD_SIG) return null;
        long entries = rec.getLong(32);
        return new End(entries < 0 ? Long.MAX_VALUE : entries, rec.getLong(48), rec.getLong(40));
    }

    /**
     * Every file header, in directory order.
     *
     * @param maxEntries more headers than this is refused with {@link TooManyEntries}
     */
    static List<ZipItem> entries(FileChannel ch, End end, int maxEntries) throws IOException {
        long fileSize = ch.size();
        if (end.offset() < 0 || end.size() < 0 || end.offset() + end.size() > fileSize || end.size() > Integer.MAX_VALUE) {
            throw new ZipException("the central directory lies outside the file");
        }
        ByteBuffer cd = read(ch, end.offset(), (int) end.size());
        List<ZipItem> items = new ArrayList<>((int) Math.min(end.entries(), maxEntries));
        int pos = 0;
        while (pos + 4 <= cd.limit() && cd.getInt(pos) == CFH_SIG) {
            if (items.size() >= maxEntries) throw new TooManyEntries(items.size() + 1);
            if (pos + CFH_MIN > cd.limit()) throw new ZipException("a central directory header is cut short");
            int madeBy = u16(cd, pos + 4);
            int flags = u16(cd, pos + 8);
            int method = u16(cd, pos + 10);
            long crc = u32(cd, pos + 16);
            long compressed = u32(cd, pos + 20);
            long size = u32(cd, pos + 24);
            int nameLen = u16(cd, pos + 28);
            int extraLen = u16(cd, pos + 30);
            int commentLen = u16(cd, pos + 32);
            long external = u32(cd, pos + 38);
            long lfh = u32(cd, pos + 42);
            int next = pos + CFH_MIN + nameLen + extraLen + commentLen;
            if (next > cd.limit()) throw new ZipException("a central directory header is cut short");
            byte[] rawName = new byte[nameLen];
            cd.get(pos + CFH_MIN, rawName);
            String unicodeName = null;
            for (int x = pos + CFH_MIN + nameLen, xEnd = x + extraLen; x + 4 <= xEnd; ) {
                int id = u16(cd, x);
                int len = u16(cd, x + 2);
                int data = x + 4;
                if (data + len > xEnd) break; // a malformed extra field: keep the header values
                if (id == ZIP64_EXTRA) {
                    int f = data;
                    if (size == MAX32 && f + 8 <= data + len) { size = cd.getLong(f); f += 8; }
                    if (compressed == MAX32 && f + 8 <= data + len) { compressed = cd.getLong(f); f += 8; }
                    if (lfh == MAX32 && f + 8 <= data + len) { lfh = cd.getLong(f); }
                } else if (id == UNICODE_PATH_EXTRA && len > 5 && cd.get(data) == 1) {
                    CRC32 c = new CRC32();
                    c.update(rawName);
                    if (c.getValue() == u32(cd, data + 1)) {
                        byte[] utf8 = new byte[len - 5];
                        cd.get(data + 5, utf8);
                        unicodeName = new String(utf8, StandardCharsets.UTF_8);
                    }
                }
                x = data + len;
            }
            boolean legacy = false;
            String name;
            if (unicodeName != null) {
                name = unicodeName;
            } else {
                name = utf8(rawName);
                if (name == null) {
                    name = new String(rawName, CP437);
                    legacy = true;
                }
            }
            items.add(new ZipItem(name, legacy, flags, method, crc, compressed, size, lfh, madeBy, external));
            pos = next;
        }
        if (items.size() < Math.min(end.entries(), maxEntries) && end.entries() != 0xffff) {
            throw new ZipException("the central directory holds " + items.size() + " entries, not the " + end.entries() + " declared");
        }
        return items;
    }

    /** Where an entry's data start, from its local header; checks the header's signature. */
    static long dataOffset(FileChannel ch, ZipItem item) throws IOException {
        long at = item.localHeaderOffset();
        if (at < 0 || at + LFH_MIN > ch.size()) throw new ZipException("the local header of " + item.name() + " lies outside the file");
        ByteBuffer h = read(ch, at, LFH_MIN);
        if (h.getInt(0) != LFH_SIG) throw new ZipException("the local header of " + item.name() + " is missing");
        return at + LFH_MIN + u16(h, 26) + u16(h, 28);
    }

    /** More entries than the limit; {@code seen} is how many were counted before stopping. */
    static final class TooManyEntries extends IOException {
        final long seen;

        TooManyEntries(long seen) {
            super("too many entries");
            this.seen = seen;
        }
    }

    private static String utf8(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static ByteBuffer read(FileChannel ch, long pos, int len) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) throw new ZipException("unexpected end of file");
        }
        return b.flip();
    }

    private static int u16(ByteBuffer b, int at) {
        return b.getShort(at) & 0xffff;
    }

    private static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & MAX32;
    }
}
