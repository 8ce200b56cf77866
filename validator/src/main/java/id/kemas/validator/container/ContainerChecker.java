package id.kemas.validator.container;

import id.kemas.core.problem.Location;
import id.kemas.core.problem.Problems;
import id.kemas.validator.Limits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Stage 1: opens the input, a zip or a folder, and checks it as a container. A bare
 * {@code imsmanifest.xml} stands for the folder that holds it.
 */
public final class ContainerChecker {

    private ContainerChecker() {
    }

    /**
     * The opened package, or empty after a fatal problem (reported in {@code problems}). A zip's
     * CRCs are still being checked in the background: see {@link PackageContent#finishChecks}.
     */
    public static Optional<PackageContent> open(Path input, Limits limits, Problems problems) {
        if (Files.isDirectory(input)) return FolderContainer.open(input, limits, problems);
        Path name = input.getFileName();
        if (name != null && name.toString().equals("imsmanifest.xml") && Files.isRegularFile(input)) {
            Path parent = input.toAbsolutePath().getParent();
            if (parent != null) return FolderContainer.open(parent, limits, problems);
        }
        if (!Files.exists(input)) {
            String shown = name == null ? input.toString() : name.toString();
            problems.report("PKG-001", Location.of(shown), shown, "no such file or folder");
            return Optional.empty();
        }
        return ZipContainer.open(input, limits, problems);
    }
}
