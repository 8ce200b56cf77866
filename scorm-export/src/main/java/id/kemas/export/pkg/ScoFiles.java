package id.kemas.export.pkg;

import id.kemas.core.model.Leaf;
import java.util.List;

/**
 * The files of one SCO as its manifest resource lists them: the launch page first, then the other
 * files the build made for it, then the course files its pages use, each once.
 */
public record ScoFiles(Leaf leaf, String launchPath, List<String> files) {

    public ScoFiles {
        files = List.copyOf(files);
        if (files.isEmpty() || !files.get(0).equals(launchPath)) {
            throw new IllegalArgumentException("the launch page must be the first file of SCO " + leaf.id());
        }
    }
}
