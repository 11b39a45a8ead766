package shelf.provisioning.internal.deploy;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongSupplier;

import shelf.api.deploy.DeployedFile.State;

/**
 * Gives a settled file to its handler (install, update or uninstall) and records the outcome. Whatever a
 * handler throws — an exception, or an error such as OutOfMemoryError — becomes that file's FAILED state and
 * one log line; the watcher goes on with the next file, and nothing else is touched.
 */
final class FileDeployer {
    private static final System.Logger LOG = System.getLogger(FileDeployer.class.getName());

    private final Path folder;
    private final DeployHandlers handlers;
    private final DeployLedger ledger;
    private final LongSupplier clock;

    FileDeployer(Path folder, DeployHandlers handlers, DeployLedger ledger, LongSupplier clock) {
        this.folder = folder;
        this.handlers = handlers;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A new or changed file that has stopped changing. */
    void deploy(String name, long size, long modified) {
        Path file = folder.resolve(name);
        Optional<DeployRecord> previous = ledger.get(name);
        boolean update = previous.map(DeployRecord::deployed).orElse(false);
        Optional<DeployHandlers.Entry> handler = update ? handlers.ofKind(previous.get().kind()) : handlers.forFile(file);
        if (handler.isEmpty()) {
            if (update) {
                // Keep the old size and time, so that the change is picked up when the handler is back.
                ledger.put(withState(previous.get(), State.WAITING, "changed; the " + previous.get().kind()
                        + " handler is not running, so it is updated when that handler returns"));
            } else {
                ledger.put(new DeployRecord(name, "", State.IGNORED, "no deploy handler takes this kind of file",
                        clock.getAsLong(), size, modified, false));
            }
            return;
        }
        String kind = handler.get().kind();
        try {
            String detail = update ? handler.get().handler().update(file) : handler.get().handler().install(file);
            ledger.put(new DeployRecord(name, kind, State.DEPLOYED, detail, clock.getAsLong(), size, modified, true));
            LOG.log(Level.INFO, "deploy/{0} {1}: {2}", name, update ? "updated" : "installed", detail);
        } catch (Throwable e) { // one plugin's failure, even an Error, must not stop the watcher for the others
            String reason = reason(e);
            ledger.put(new DeployRecord(name, kind, State.FAILED, reason, clock.getAsLong(), size, modified, update));
            LOG.log(Level.WARNING, "deploy/" + name + " failed: " + reason, e);
        }
    }

    /** A file that is gone: undo what its handler did. */
    void remove(String name) {
        Optional<DeployRecord> previous = ledger.get(name);
        if (previous.isEmpty()) {
            return;
        }
        if (!previous.get().deployed()) {
            ledger.remove(name);
            return;
        }
        Optional<DeployHandlers.Entry> handler = handlers.ofKind(previous.get().kind());
        if (handler.isEmpty()) {
            ledger.put(withState(previous.get(), State.WAITING, "deleted; the " + previous.get().kind()
                    + " handler is not running, so it is uninstalled when that handler returns"));
            return;
        }
        try {
            handler.get().handler().uninstall(folder.resolve(name));
            ledger.remove(name);
            LOG.log(Level.INFO, "deploy/{0} deleted: uninstalled", name);
        } catch (Throwable e) { // as in deploy: the watcher goes on
            String reason = "deleted, but could not be uninstalled: " + reason(e);
            ledger.put(withState(previous.get(), State.FAILED, reason));
            LOG.log(Level.WARNING, "deploy/" + name + " " + reason, e);
        }
    }

    private DeployRecord withState(DeployRecord record, State state, String detail) {
        return new DeployRecord(record.name(), record.kind(), state, detail, clock.getAsLong(), record.size(),
                record.modified(), record.deployed());
    }

    /** One line: the handler's message, or what went wrong when it gave none. */
    static String reason(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "the handler ran out of memory (" + String.valueOf(e.getMessage()) + "); nothing else was affected";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
