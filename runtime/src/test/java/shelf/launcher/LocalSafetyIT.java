package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local safety on the real distribution: the client sends a login only to a socket of its own user in a
 * private folder; the background runtime holds no password; a channel secrets file others can read is
 * refused; a spreadsheet's media paths stay in its folder. Changing a file's owner needs root, which the
 * build runs as here.
 */
class LocalSafetyIT {
    private static final String ME = System.getProperty("user.name");

    @TempDir
    Path root;

    Path home;
    Path desk;
    ShelfCommand shelf;

    @BeforeEach
    void folders() throws Exception {
        home = Files.createDirectory(root.resolve("home"));
        desk = Files.createDirectory(root.resolve("desk"));
        // the sandbox on any free port: another build may hold the fixed one
        ShelfCommand.withSandbox(home);
        shelf = new ShelfCommand(home).in(desk);
    }

    @AfterEach
    void stop() throws Exception {
        if (Files.isDirectory(home.resolve("data"))) {
            Files.setPosixFilePermissions(home.resolve("data"), PosixFilePermissions.fromString("rwx------"));
        }
        shelf.run("stop");
    }

    @Test
    void aSocketOfAnotherUserGetsNoLogin() throws Exception {
        Path data = Files.createDirectory(home.resolve("data"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path socket = data.resolve("shelf.sock");
        try (ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            listener.bind(UnixDomainSocketAddress.of(socket)).configureBlocking(false);
            Files.setOwner(socket, FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
            String mode = SocketSafety.mode(Files.getPosixFilePermissions(socket));

            ShelfCommand.Result refused = shelf.run("-c", "bundle:list");

            assertEquals(1, refused.status(), refused.toString());
            assertEquals("error: the session socket " + socket + " belongs to nobody, not to " + ME + " (owner nobody, mode "
                    + mode + ") — someone else may be listening: remove it (rm " + socket + ") and start Shelf again",
                    refused.err().strip());
            assertNull(listener.accept(), "the client never connected, so it sent nothing");
        }
    }

    @Test
    void aSocketFolderOthersCanOpenGetsNoLogin() throws Exception {
        start();
        Path data = home.resolve("data");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwx---"));

        ShelfCommand.Result refused = shelf.run("-c", "bundle:list");

        assertEquals(1, refused.status(), refused.toString());
        assertEquals("error: the session socket's folder " + data + " is open to others (owner " + ME + ", mode 0770)"
                + " — Shelf sends your password only over a private socket: run chmod 700 " + data, refused.err().strip());
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        assertTrue(shelf.ok("bundle:list").contains("org.apache.felix.scr"), "once private, the session runs");
    }

    @Test
    void theBackgroundRuntimeHoldsNoPasswordAndItsLogsAreNotForOthers() throws Exception {
        ShelfCommand withNewPassword = shelf.with("SHELF_NEW_PASSWORD", "new-user-secret-2");
        ShelfCommand.Result started = withNewPassword.run("start");
        assertEquals(0, started.status(), started.toString());
        long pid = Long.parseLong(Files.readString(home.resolve("data/shelf.pid")).strip());

        String environment = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/environ")), StandardCharsets.UTF_8);
        assertTrue(environment.contains("PATH="), "the environment was read");
        assertFalse(environment.contains(ShelfCommand.ADMIN_PASSWORD), "the admin's password is in the runtime's environment");
        assertFalse(environment.contains("new-user-secret-2"));
        assertFalse(environment.contains("SHELF_PASSWORD="));
        assertFalse(environment.contains("SHELF_NEW_PASSWORD="));

        // the README's walk-through: the first session's SHELF_USER / SHELF_PASSWORD create the admin
        assertTrue(shelf.ok("user:list").contains(ShelfCommand.ADMIN));
        assertEquals("rwxr-x---", mode(home.resolve("log")));
        assertEquals("rw-r-----", mode(home.resolve("log/shelf.log")));
        assertEquals("rw-r-----", mode(home.resolve("log/console.log")));
    }

    @Test
    void aChannelSecretsFileOthersCanReadIsRefused() throws Exception {
        Path taobao = home.resolve("etc/channels/taobao.properties");
        Files.writeString(taobao, "endpoint=https://eco.taobao.com\nappKey=12345678\nappSecret=TOP-SECRET-VALUE\n");
        Files.setPosixFilePermissions(taobao, PosixFilePermissions.fromString("rw-r--r--"));
        String refusal = "etc/channels/taobao.properties can be read by others (mode 0644): run chmod 600 " + taobao
                + " and restart Shelf — its secrets are not used until then";
        start();

        String status = shelf.poll("channel:status taobao", out -> out.contains("not sending"), 30_000, 300);
        assertTrue(ShelfCommand.lineWith(status, "health").endsWith("not sending: " + refusal), status);
        assertTrue(ShelfCommand.lineWith(shelf.ok("channel:list"), "taobao")
                .contains("https://eco.taobao.com (settings file refused)"));
        assertTrue(Files.readString(home.resolve("log/shelf.log")).contains(refusal), "the log says it too");

        shelf.run("stop");
        Files.setPosixFilePermissions(taobao, PosixFilePermissions.fromString("rw-------"));
        start();
        String fixed = shelf.poll("channel:status taobao", out -> out.contains("https://eco.taobao.com"), 30_000, 300);
        assertFalse(fixed.contains("not sending"), fixed);
    }

    @Test
    void anImagePathOutOfTheSpreadsheetsFolderIsRefused() throws Exception {
        png(root.resolve("secret.png"));
        png(desk.resolve("photo.png"));
        Files.createSymbolicLink(desk.resolve("link.png"), root.resolve("secret.png"));
        Files.writeString(desk.resolve("商品.csv"), "商品编码,商品标题,类目,主图,SKU编码,销售价,库存\n"
                + "SPU-1,纯棉T恤,服饰鞋包>女装>T恤,../secret.png,SPU-1-A,12.50,3\n"
                + "SPU-2,亚麻衬衫,服饰鞋包>女装>T恤,photo.png,SPU-2-A,19.90,3\n"
                + "SPU-3,真丝衬衫,服饰鞋包>女装>T恤,link.png,SPU-3-A,29.90,3\n"
                + "SPU-4,棉麻裤,服饰鞋包>女装>T恤," + root.resolve("secret.png") + ",SPU-4-A,39.90,3\n", StandardCharsets.UTF_8);
        start();

        String summary = shelf.ok("import 商品.csv --merchant acme");
        assertTrue(summary.contains("3  — see batch:errors 1"), summary);
        String remedy = " — media files are read only from the spreadsheet's folder; to allow another folder add it to"
                + " shelf.media.roots in etc/shelf.properties";
        String errors = shelf.ok("batch:errors 1");
        assertCell(errors, "../secret.png", "2", "D", "'../secret.png' is outside the spreadsheet's folder " + desk + remedy);
        assertCell(errors, "link.png", "4", "D", "'link.png' leads out of the spreadsheet's folder " + desk
                + " through a symbolic link (to " + root.resolve("secret.png").toRealPath() + ")" + remedy);
        assertCell(errors, root + "/secret.png", "5", "D", "is outside the spreadsheet's folder");

        String processed = shelf.ok("images:process 1 --profile main");
        assertTrue(processed.contains(": 1 processed, 0 skipped (done before), 0 failed"), processed);
        String manifest = Files.readString(home.resolve("media/batches/1.json"));
        assertFalse(manifest.contains("secret.png"), "nothing was made from outside the folder: " + manifest);

        // a folder named in shelf.media.roots may hold the photos
        shelf.run("stop");
        Files.writeString(home.resolve("etc/shelf.properties"), "shelf.media.roots=" + root + "\n");
        start();
        String again = shelf.ok("import 商品.csv --merchant acme");
        assertTrue(again.lines().anyMatch(l -> l.matches("\\s*row errors\\s+0")), again);
    }

    private void start() throws Exception {
        ShelfCommand.Result started = shelf.run("start");
        assertEquals(0, started.status(), started.toString());
    }

    /** The row error of a row as batch:errors shows it: column, header, the value as written, and why. */
    private static void assertCell(String errors, String value, String row, String column, String reason) {
        String line = errors.lines().filter(l -> l.strip().startsWith(row + " ")).findFirst().orElse(null);
        assertNotNull(line, "row " + row + " in:\n" + errors);
        String[] cells = line.strip().split("\\s{2,}");
        assertEquals(column, cells[1], line);
        assertEquals("主图", cells[2], line);
        assertTrue(cells[3].startsWith(value.substring(0, 8)), line);
        assertTrue(line.contains(reason), line);
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static void png(Path file) throws Exception {
        ImageIO.write(new BufferedImage(900, 900, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    }
}
