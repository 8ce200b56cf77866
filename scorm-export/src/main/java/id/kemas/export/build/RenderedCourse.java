package id.kemas.export.build;

import id.kemas.export.pkg.PackageEntry;
import java.util.List;
import java.util.Map;

/**
 * What the renderer made: the files of each leaf (by leaf id, launch page included) and the files
 * every SCO shares.
 */
record RenderedCourse(Map<String, List<PackageEntry>> leafFiles, List<PackageEntry> shared) {

    RenderedCourse {
        leafFiles = Map.copyOf(leafFiles);
        shared = List.copyOf(shared);
    }
}
