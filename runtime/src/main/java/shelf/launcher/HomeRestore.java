package shelf.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * {@code shelf --home NEW restore FILE}: puts a backup ({@code backup --out FILE}, shelf.backup) into a new home.
 * Every file is checked against the backup's manifest before the home gets it: a damaged or changed backup, a
 * file the manifest does not name, or a path leading out of the home restores nothing.
 */
final class HomeRestore {
    static final String MANIFEST = "manifest.sha256";
    private static final Set<String> FOLDERS = Set.of("data", "etc", "deploy", "media");

    private final ShelfHome home;
    private final UserConsole console;

    HomeRestore(ShelfHome home, UserConsole console) {
        this.home = home;
        this.console = console;
    }

    int restore(Path backup) throws IOException {
        Path root = home.root();
        if (Files.exists(root) && !isEmptyFolder(root)) {
            throw new LaunchException(root + " is not empty — restore into a new home: shelf --home NEW-FOLDER restore "
                    + backup);
        }
        if (!Files.isRegularFile(backup)) {
            throw new LaunchException(backup + " does not exist");
        }
        Path staging = root.resolveSibling("." + root.getFileName() + ".restoring");
        deleteTree(staging);
        List<String> header;
        int files;
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            Manifest manifest = Manifest.read(zip, backup);
            header = manifest.header;
            files = extract(zip, manifest.sums, staging, backup);
        } catch (ZipException e) {
            deleteTree(staging);
            throw new LaunchException(backup + " is not a Shelf backup (not a readable zip file: " + e.getMessage() + ")");
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        Files.createDirectories(root.getParent());
        if (Files.exists(root)) {
            Files.delete(root); // empty, checked above
        }
        Files.move(staging, root);
        home.create(); // log/ and the folders a backup has no file in
        limit(root.resolve("data"), "rwx------");
        limit(root.resolve("etc"), "rwx------");
        limit(root.resolve("etc/audit.key"), "rw-------");
        console.out().println("Restored " + backup + " into " + root + ": " + files + " files, each as the manifest says.");
        header.stream().filter(line -> line.startsWith("catalogue:") || line.startsWith("left out:"))
                .forEach(line -> console.out().println("  " + line));
        console.out().println("Check it: shelf --home " + root + " -c \"audit:verify; batch:list\"");
        return 0;
    }

    private int extract(ZipFile zip, Map<String, String> sums, Path staging, Path backup) throws IOException {
        int files = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (name.equals(MANIFEST) || entry.isDirectory()) {
                continue;
            }
            String expected = sums.get(name);
            if (expected == null) {
                throw new LaunchException(backup + " holds " + name + ", which its manifest does not name — nothing restored");
            }
            Path target = inside(staging, name, backup);
            Files.createDirectories(target.getParent());
            MessageDigest sha = sha256();
            try (InputStream in = zip.getInputStream(entry);
                    OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
                in.transferTo(out);
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(expected)) {
                throw new LaunchException(backup + ": " + name + " does not match its checksum in the manifest — the backup"
                        + " is damaged or was changed; nothing restored");
            }
            sums.remove(name);
            files++;
        }
        if (!sums.isEmpty()) {
            throw new LaunchException(backup + " lacks " + String.join(", ", sums.keySet())
                    + ", which its manifest names — the backup is incomplete; nothing restored");
        }
        return files;
    }

    /** The entry's place in the new home; a name that leads anywhere else is refused. */
    private static Path inside(Path staging, String name, Path backup) {
        Path relative = Path.of(name).normalize();
        if (name.contains("\\") || relative.isAbsolute() || relative.startsWith("..") || relative.getNameCount() < 2
                || !FOLDERS.contains(relative.getName(0).toString())) {
            throw new LaunchException(backup + " holds " + name + ", which is not a file of a Shelf home's "
                    + String.join("/, ", FOLDERS.stream().sorted().toList()) + "/ — nothing restored");
        }
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging)) {
            throw new LaunchException(backup + " holds " + name + ", which leads out of the home — nothing restored");
        }
        return target;
    }

    /** The manifest: "# …" header lines, then "SHA-256  path" for every file (sha256sum's format). */
    private record Manifest(List<String> header, Map<String, String> sums) {
        static Manifest read(ZipFile zip, Path backup) throws IOException {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                throw new LaunchException(backup + " is not a Shelf backup: it has no " + MANIFEST);
            }
            String text;
            try (InputStream in = zip.getInputStream(entry)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, String> sums = new LinkedHashMap<>();
            List<String> header = new java.util.ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("# ")) {
                    header.add(line.substring(2));
                } else if (!line.isBlank()) {
                    int gap = line.indexOf("  ");
                    if (gap != 64) {
                        throw new LaunchException(backup + ": line '" + line + "' of its manifest is not 'SHA-256  path'");
                    }
                    sums.put(line.substring(gap + 2), line.substring(0, gap));
                }
            }
            return new Manifest(header, sums);
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }

    private static void limit(Path path, String mode) throws IOException {
        if (Files.exists(path) && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
