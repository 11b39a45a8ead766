package shelf.shell.socket.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;

import shelf.api.shell.Complete;
import shelf.api.shell.Progress;
import shelf.api.shell.ProgressService;

/** Commands written the way Shelf's commands are, added to a real Gogo processor by the tests. */
public class CatalogCommands {
    final CountDownLatch interrupted = new CountDownLatch(1);
    private final ProgressService progress;

    CatalogCommands(ProgressService progress) {
        this.progress = progress;
    }

    @Descriptor("greets a shop")
    public String greet(@Descriptor("the shop's name") String shop) {
        return "你好, " + shop;
    }

    @Descriptor("prints a text file")
    public void show(CommandSession session, @Descriptor("the file") @Complete("file") String file) throws IOException {
        System.out.print(Files.readString(session.currentDir().resolve(file)));
    }

    @Descriptor("publishes the reviewed products to a channel")
    public void publish(
            @Parameter(names = {"--dry-run", "-n"}, presentValue = "true", absentValue = "false")
            @Descriptor("shows what would be published") boolean dryRun,
            @Descriptor("the marketplace") @Complete("channel") String channel) {
        System.out.println((dryRun ? "would publish to " : "published to ") + channel);
    }

    /** Named like a Java keyword: Gogo runs the command "import" through a method named _import. */
    @Descriptor("imports a file")
    public void _import(CommandSession session,
            @Parameter(names = {"--merchant", "-m"}, absentValue = "default") @Descriptor("whose products") String merchant,
            @Descriptor("the file") @Complete("file") String file) {
        System.out.println("imported " + session.currentDir().relativize(session.currentDir().resolve(file)) + " for " + merchant);
    }

    public void lock() {
        throw new IllegalStateException("the catalog is locked by 李雷 — run catalog:unlock first");
    }

    @Descriptor("waits until interrupted")
    public void stall() throws InterruptedException {
        System.out.println("stalling");
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
        }
    }

    @Descriptor("imports rows slowly, with a progress bar")
    public void count(long rows) throws InterruptedException {
        try (Progress bar = progress.start("导入", rows)) {
            for (long row = 0; row < rows; row++) {
                Thread.sleep(10);
                bar.advance(1);
            }
        }
        System.out.println("imported " + rows + " rows");
    }
}
