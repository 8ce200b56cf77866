package id.kemas.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.w3c.dom.Document;

/** Reads a built package back for assertions. */
public final class PackageReader {

    private PackageReader() {}

    /** Entries in the order they are stored in the zip (central directory order). */
    public static List<ZipArchiveEntry> entries(Path zip) throws IOException {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            return new ArrayList<>(Collections.list(file.getEntriesInPhysicalOrder()));
        }
    }

    public static List<String> names(Path zip) throws IOException {
        return entries(zip).stream().map(ZipArchiveEntry::getName).toList();
    }

    public static byte[] read(Path zip, String name) throws IOException {
        try (ZipFile file = ZipFile.builder().setPath(zip).get(); InputStream in = file.getInputStream(file.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    public static Document manifest(Path zip) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(read(zip, "imsmanifest.xml")));
    }
}
