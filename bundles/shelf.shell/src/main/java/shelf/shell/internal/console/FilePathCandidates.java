package shelf.shell.internal.console;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jline.reader.Candidate;

/**
 * File and folder names for a path being typed, resolved against the session's current folder (not the
 * runtime's), so "imports/商" offers "imports/商品表.xlsx". A folder is offered with a trailing '/' and
 * leaves the word open for the next part.
 */
public final class FilePathCandidates {
    private FilePathCandidates() {
    }

    public static List<Candidate> of(Path currentDir, String typed) {
        int slash = typed.lastIndexOf('/');
        String folderPart = slash < 0 ? "" : typed.substring(0, slash + 1);
        String namePrefix = typed.substring(slash + 1);
        Path folder = resolve(currentDir, folderPart);
        List<Candidate> candidates = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return candidates;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(namePrefix) || (name.startsWith(".") && !namePrefix.startsWith("."))) {
                    continue;
                }
                boolean directory = Files.isDirectory(entry);
                String shown = directory ? name + "/" : name;
                candidates.add(new Candidate(folderPart + shown, shown, null, null, null, null, !directory));
            }
        } catch (IOException | SecurityException unreadable) {
            // an unreadable folder offers nothing, like a shell does
        }
        return candidates;
    }

    private static Path resolve(Path currentDir, String folderPart) {
        if (folderPart.startsWith("~/")) {
            return Path.of(System.getProperty("user.home")).resolve(folderPart.substring(2));
        }
        return currentDir.resolve(folderPart.isEmpty() ? "." : folderPart);
    }
}
