package shelf.launcher;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

import jdk.net.ExtendedSocketOptions;

/**
 * The client sends the user's name and password over the session socket, so it first makes sure nobody
 * else can be listening there: the socket's folder is the user's and closed to group and others, the
 * socket is the user's, and the process that accepted is the user's (SO_PEERCRED). Another local user who
 * made the socket, or could replace it, gets a refusal before anything is sent.
 */
final class SocketSafety {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private SocketSafety() {
    }

    /** Before connecting: the folder, and the socket when it exists. */
    static void checkPath(Path socket) {
        if (!POSIX) {
            return;
        }
        UserPrincipal me = currentUser();
        Path folder = socket.getParent();
        PosixFileAttributes dir = attributes(folder);
        if (dir == null) {
            return; // no folder, no socket: connecting finds nothing
        }
        if (!dir.isDirectory()) {
            throw new LaunchException("the session socket's folder " + folder + " is not a folder ("
                    + describe(dir) + ") — remove it and start Shelf again");
        }
        if (!dir.owner().getName().equals(me.getName())) {
            throw new LaunchException("the session socket's folder " + folder + " belongs to " + dir.owner().getName()
                    + ", not to " + me.getName() + " (" + describe(dir) + ") — Shelf sends your password only over a"
                    + " socket of yours: use a home of your own (--home or SHELF_HOME)");
        }
        if (dir.permissions().stream().anyMatch(OTHERS::contains)) {
            throw new LaunchException("the session socket's folder " + folder + " is open to others ("
                    + describe(dir) + ") — Shelf sends your password only over a private socket: run chmod 700 "
                    + folder);
        }
        PosixFileAttributes file = attributes(socket);
        if (file == null) {
            return;
        }
        if (file.isSymbolicLink()) {
            throw new LaunchException("the session socket " + socket + " is a symbolic link (" + describe(file)
                    + ") — remove it (rm " + socket + ") and start Shelf again");
        }
        if (!file.owner().getName().equals(me.getName())) {
            throw new LaunchException("the session socket " + socket + " belongs to " + file.owner().getName()
                    + ", not to " + me.getName() + " (" + describe(file) + ") — someone else may be listening: remove it"
                    + " (rm " + socket + ") and start Shelf again");
        }
    }

    /** After connecting, before sending: the process that accepted runs as this user, where the platform tells. */
    static void checkPeer(Path socket, SocketChannel channel) {
        String peer;
        try {
            peer = PeerUser.of(channel);
        } catch (IOException | UnsupportedOperationException | LinkageError e) {
            return; // the platform cannot tell: the folder and file checks stand alone
        }
        String me = System.getProperty("user.name");
        if (!peer.equals(me)) {
            throw new LaunchException("the session socket " + socket + " is served by a process of " + peer
                    + ", not of " + me + " — Shelf sends your password only to your own Shelf: stop that process or"
                    + " use a home of your own (--home or SHELF_HOME)");
        }
    }

    private static UserPrincipal currentUser() {
        try {
            return FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        } catch (IOException e) {
            throw new LaunchException("cannot tell who you are (" + e.getMessage() + ") — the session socket's owner"
                    + " cannot be checked", e);
        }
    }

    private static PosixFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new LaunchException("cannot check " + path + " (" + e.getMessage() + ")", e);
        }
    }

    /** "owner nobody, mode 0770". */
    static String describe(PosixFileAttributes attributes) {
        return "owner " + attributes.owner().getName() + ", mode " + mode(attributes.permissions());
    }

    static String mode(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission permission : permissions) {
            mode |= 1 << (8 - permission.ordinal());
        }
        return String.format("%04o", mode);
    }

    // Kept apart so that jdk.net is linked only inside the try of checkPeer.
    private static final class PeerUser {
        static String of(SocketChannel channel) throws IOException {
            return channel.getOption(ExtendedSocketOptions.SO_PEERCRED).user().getName();
        }
    }
}
