package id.kemas.export.zip;

import id.kemas.export.pkg.PackageEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes package entries into a zip with Apache Commons Compress, in the order given, so that the
 * same entries always give the same bytes: one fixed timestamp, UTF-8 names, Unix mode 0644, no
 * extra fields, Zip64 only for entries or archives that need it. Media are STORED and streamed from
 * disk, read a few chunks ahead on a thread of their own ({@link ReadAhead}); text is DEFLATED, small files and rendered pages ahead on worker threads
 * ({@link AheadDeflater}), large text files while streaming. Writing to a seekable file lets every
 * local header carry the real sizes and CRC (no data descriptors), which is the form old zip
 * readers in LMSs handle best.
 */
public final class ZipPackageWriter {

    /**
     * Text files up to this size are deflated in memory on worker threads; larger ones are streamed.
     * Text made in memory (rendered pages) is deflated ahead at any size: it is held anyway.
     */
    static final long AHEAD_LIMIT = 4L << 20;

    /** Input bytes in flight on the worker threads at most. */
    static final long AHEAD_BUDGET = 16L << 20;

    /**
     * Less text than this is deflated on the writing thread, and fewer streamed bytes than this are
     * read there too: starting threads would cost more than they save. (The bytes are the same
     * either way: zlib's output does not depend on who calls it.)
     */
    static final long AHEAD_MINIMUM = 1L << 20;

    private static final int COPY_BUFFER = 256 * 1024;

    /** Buffers of {@link #COPY_BUFFER} bytes that the read-ahead thread may fill before the writer takes them. */
    private static final int READ_AHEAD_CHUNKS = 8;
    private static final int FILE_MODE = 0644;

    private final ZipTimestamp timestamp;
    private final int threads;
    private final ProgressListener progress;

    /**
     * @param threads worker threads for deflating ahead; 0 deflates everything on the writing thread
     */
    public ZipPackageWriter(ZipTimestamp timestamp, int threads, ProgressListener progress) {
        this.timestamp = timestamp;
        this.threads = threads;
        this.progress = progress;
    }

    /** One worker per core: the writer itself mostly waits on I/O while it streams media. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The total size of the content of the entries, for progress reports. */
    public static long contentSize(List<PackageEntry> entries) throws IOException {
        long total = 0;
        for (PackageEntry e : entries) total += size(e);
        return total;
    }

    /**
     * Writes {@code entries}, in the order given, into the new file {@code target}.
     *
     * @throws java.nio.file.FileAlreadyExistsException if {@code target} exists
     * @throws IOException if a file cannot be read (or changed while it was read) or the zip cannot be written
     */
    public void write(List<PackageEntry> entries, Path target) throws IOException {
        int n = entries.size();
        long[] sizes = new long[n];
        int[] methods = new int[n];
        boolean[] ahead = new boolean[n];
        long aheadBytes = 0;
        for (int i = 0; i < n; i++) {
            sizes[i] = size(entries.get(i));
            methods[i] = Compression.methodFor(entries.get(i).path());
            ahead[i] = threads > 0 && methods[i] == ZipEntry.DEFLATED
                    && (sizes[i] <= AHEAD_LIMIT || entries.get(i) instanceof PackageEntry.Bytes);
            if (ahead[i]) aheadBytes += sizes[i];
        }
        if (aheadBytes < AHEAD_MINIMUM) Arrays.fill(ahead, false);
        List<ReadAhead.File> streamed = new ArrayList<>();
        long streamedBytes = 0;
        for (int i = 0; i < n; i++) {
            if (!ahead[i] && entries.get(i) instanceof PackageEntry.OnDisk d) {
                streamed.add(new ReadAhead.File(i, d.file()));
                streamedBytes += sizes[i];
            }
        }
        if (threads == 0 || streamedBytes < AHEAD_MINIMUM) streamed.clear();
        try (SeekableByteChannel channel = Files.newByteChannel(target,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             ZipArchiveOutputStream zip = openZip(channel);
             AheadDeflater deflater = new AheadDeflater(entries, ahead, sizes, Deflater.DEFAULT_COMPRESSION,
                     Math.max(1, threads), AHEAD_BUDGET);
             ReadAhead files = new ReadAhead(streamed, READ_AHEAD_CHUNKS, COPY_BUFFER)) {
            byte[] buffer = new byte[COPY_BUFFER];
            for (int i = 0; i < n; i++) {
                PackageEntry entry = entries.get(i);
                if (deflater.covers(i)) {
                    Deflated d = deflater.take(i);
                    writeRaw(zip, entry.path(), ZipEntry.DEFLATED, d.size(), d.crc(), d.data());
                    deflater.release(i, d);
                    progress.advanced(sizes[i]);
                } else if (methods[i] == ZipEntry.STORED && entry instanceof PackageEntry.Bytes b) {
                    CRC32 crc = new CRC32();
                    crc.update(b.data());
                    writeRaw(zip, entry.path(), ZipEntry.STORED, b.data().length, crc.getValue(), b.data());
                    progress.advanced(sizes[i]);
                } else if (!streamed.isEmpty() && entry instanceof PackageEntry.OnDisk) {
                    int index = i;
                    stream(zip, entry, methods[i], sizes[i], sink -> files.copy(index, sink));
                } else {
                    stream(zip, entry, methods[i], sizes[i], sink -> copy(open(entry), buffer, sink));
                }
            }
            zip.finish();
        }
    }

    private static ZipArchiveOutputStream openZip(SeekableByteChannel channel) {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(channel);
        zip.setEncoding("UTF-8");
        zip.setUseLanguageEncodingFlag(true);
        zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        return zip;
    }

    private ZipArchiveEntry entry(String path, int method, long size) {
        ZipArchiveEntry e = new ZipArchiveEntry(path);
        e.setMethod(method);
        e.setSize(size);
        e.setTime(timestamp.javaMillis());
        e.setUnixMode(FILE_MODE);
        return e;
    }

    private void writeRaw(ZipArchiveOutputStream zip, String path, int method, long size, long crc, byte[] data)
            throws IOException {
        ZipArchiveEntry e = entry(path, method, size);
        e.setCrc(crc);
        e.setCompressedSize(data.length);
        zip.addRawArchiveEntry(e, new ByteArrayInputStream(data));
    }

    /** Where a streamed entry's bytes come from; gives their number. */
    private interface Source {
        long copyTo(ReadAhead.Sink sink) throws IOException;
    }

    /** Streams one entry through Commons Compress, which computes the CRC and, for DEFLATED, compresses. */
    private void stream(ZipArchiveOutputStream zip, PackageEntry entry, int method, long size, Source source)
            throws IOException {
        zip.putArchiveEntry(entry(entry.path(), method, size));
        long copied = source.copyTo((data, length) -> {
            zip.write(data, 0, length);
            progress.advanced(length);
        });
        if (copied != size) {
            throw new IOException(source(entry) + " changed while the package was written");
        }
        zip.closeArchiveEntry();
    }

    private static long copy(InputStream from, byte[] buffer, ReadAhead.Sink sink) throws IOException {
        long total = 0;
        try (InputStream in = from) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                sink.accept(buffer, read);
                total += read;
            }
        }
        return total;
    }

    private static InputStream open(PackageEntry entry) throws IOException {
        return entry instanceof PackageEntry.OnDisk d
                ? Files.newInputStream(d.file())
                : new ByteArrayInputStream(((PackageEntry.Bytes) entry).data());
    }

    private static long size(PackageEntry entry) throws IOException {
        return entry instanceof PackageEntry.OnDisk d ? Files.size(d.file()) : ((PackageEntry.Bytes) entry).data().length;
    }

    private static String source(PackageEntry entry) {
        return entry instanceof PackageEntry.OnDisk d ? d.file().toString() : entry.path();
    }
}
