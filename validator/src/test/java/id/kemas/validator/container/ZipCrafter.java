package id.kemas.validator.container;

import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;

/**
 * Builds zips the way hostile or broken tools do: any entry name, links, any method, and central
 * directory fields patched after writing (sizes, CRCs, flags, offsets).
 */
public final class ZipCrafter {

    private record Entry(String name, byte[] data, int method, boolean symlink) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private String encoding = "UTF-8";
    private boolean utf8Flag = true;

    public ZipCrafter add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8), ZipEntry.DEFLATED);
    }

    public ZipCrafter add(String name, byte[] data, int method) {
        entries.add(new Entry(name, data, method, false));
        return this;
    }

    public ZipCrafter symlink(String name, String target) {
        entries.add(new Entry(name, target.getBytes(StandardCharsets.UTF_8), ZipEntry.STORED, true));
        return this;
    }

    /** Writes names in a legacy code page without the UTF-8 flag, as old Windows tools do. */
    public ZipCrafter legacyNames(String charset) {
        encoding = charset;
        utf8Flag = false;
        return this;
    }

    public byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            zip.setEncoding(encoding);
            zip.setUseLanguageEncodingFlag(utf8Flag);
            zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (Entry e : entries) {
                // Commons Compress turns backslashes into slashes; write a stand-in and patch it below.
                ZipArchiveEntry z = new ZipArchiveEntry(e.name().replace('\\', '|'));
                z.setMethod(e.method());
                if (e.symlink()) z.setUnixMode(UnixStat.LINK_FLAG | 0777);
                if (e.method() == ZipEntry.STORED) {
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(e.data());
                    z.setSize(e.data().length);
                    z.setCompressedSize(e.data().length);
                    z.setCrc(crc.getValue());
                }
                zip.putArchiveEntry(z);
                zip.write(e.data());
                zip.closeArchiveEntry();
            }
        }
        byte[] bytes = out.toByteArray();
        for (Entry e : entries) {
            if (e.name().indexOf('\\') < 0) continue;
            byte[] standIn = e.name().replace('\\', '|').getBytes(encoding);
            byte[] real = e.name().getBytes(encoding);
            for (int i = 0; i + standIn.length <= bytes.length; i++) {
                if (Arrays.equals(bytes, i, i + standIn.length, standIn, 0, standIn.length)) {
                    System.arraycopy(real, 0, bytes, i, real.length);
                }
            }
        }
        return bytes;
    }

    public Path write(Path file) throws IOException {
        return Files.write(file, bytes());
    }

    /** Central directory field offsets, from the start of an entry's central header. */
    public enum Field {
        FLAGS(8, 2), METHOD(10, 2), CRC(16, 4), COMPRESSED_SIZE(20, 4), SIZE(24, 4), LOCAL_HEADER_OFFSET(42, 4);

        final int offset;
        final int width;

        Field(int offset, int width) {
            this.offset = offset;
            this.width = width;
        }
    }

    /** Sets a field of the {@code index}-th central directory header. */
    public static byte[] patch(byte[] zip, int index, Field field, long value) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int pos = centralHeader(b, index);
        if (field.width == 2) b.putShort(pos + field.offset, (short) value);
        else b.putInt(pos + field.offset, (int) value);
        return zip;
    }

    public static long read(byte[] zip, int index, Field field) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int pos = centralHeader(b, index);
        return field.width == 2 ? b.getShort(pos + field.offset) & 0xffff : b.getInt(pos + field.offset) & 0xffffffffL;
    }

    private static int centralHeader(ByteBuffer b, int index) {
        int seen = 0;
        for (int i = 0; i + 4 <= b.limit(); i++) {
            if (b.getInt(i) == 0x02014b50) {
                if (seen++ == index) return i;
                int nameLen = b.getShort(i + 28) & 0xffff;
                int extraLen = b.getShort(i + 30) & 0xffff;
                int commentLen = b.getShort(i + 32) & 0xffff;
                i += 45 + nameLen + extraLen + commentLen;
            }
        }
        throw new IllegalArgumentException("no central header " + index);
    }
}
