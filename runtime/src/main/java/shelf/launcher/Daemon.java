package shelf.launcher;

/** `--daemon`, the process `shelf start` spawns: runs the framework until `shelf stop` stops it. */
final class Daemon {

    private Daemon() {
    }

    static int run(ShelfHome home, boolean verbose) throws InterruptedException {
        RuntimeLog.install(home, verbose);
        ShelfFramework framework = ShelfFramework.init(home, Distribution.locate(), verbose);
        // written once the cache lock is ours, and before the socket opens, so `start` can name the pid
        PidFile.write(home);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            framework.stop();
            PidFile.deleteIfOurs(home);
        }, "shelf-stop"));
        framework.start().startPlugins().awaitStop();
        PidFile.deleteIfOurs(home);
        return 0;
    }
}
