package shelf.provisioning.internal.feature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The folders in Maven layout where feature bundles are looked up, in order (framework property shelf.repositories). */
public final class MavenRepositories {
    private final List<Path> folders;

    public MavenRepositories(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** Parses "a,b,c"; blank entries are skipped. */
    public static MavenRepositories parse(String commaSeparated) {
        List<Path> folders = new ArrayList<>();
        if (commaSeparated != null) {
            for (String folder : commaSeparated.split(",")) {
                if (!folder.isBlank()) {
                    folders.add(Path.of(folder.trim()));
                }
            }
        }
        return new MavenRepositories(folders);
    }

    /** The jar in the first repository that has it. */
    public Optional<Path> find(MavenCoordinates coordinates) {
        Path relative = coordinates.relativePath();
        for (Path folder : folders) {
            Path candidate = folder.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The jar, or an exception saying where it was looked for and how to fix it. */
    public Path require(MavenCoordinates coordinates) throws java.io.FileNotFoundException {
        return find(coordinates).orElseThrow(() -> new java.io.FileNotFoundException(
                "is in none of the repositories " + folders + " (looked for " + coordinates.relativePath()
                        + "); copy the jar there or add its repository to shelf.repositories"));
    }

    public List<Path> folders() {
        return folders;
    }
}
