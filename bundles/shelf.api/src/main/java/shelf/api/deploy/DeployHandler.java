package shelf.api.deploy;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Takes one kind of file dropped into the deploy folder (bundle jars, rule packs, …). The deploy
 * watcher asks every handler, highest service.ranking first, and gives the file to the first that
 * {@link #accepts} it; it calls {@link #install} for a new file, {@link #update} when the file was
 * replaced and {@link #uninstall} when it was deleted. A handler that throws leaves the runtime as it
 * was: the watcher records the message as the file's status.
 */
@ConsumerType
public interface DeployHandler {
    /** Service property: a short name of what the handler deploys ("bundle", "rule-pack"). */
    String KIND = "shelf.deploy.kind";

    /** Whether this handler takes the file, judged by name and, if needed, a quick look inside. Never throws. */
    boolean accepts(Path file);

    /** Installs a new file; returns what it became, for deploy:status ("bundle 12 shelf.x 1.0.0, active"). */
    String install(Path file) throws Exception;

    /** The file changed; returns what it became. */
    String update(Path file) throws Exception;

    /** The file was deleted: undo what {@link #install} did. */
    void uninstall(Path file) throws Exception;

    /**
     * What a file deployed earlier stands for now, when that can differ from what {@link #install} or
     * {@link #update} returned — a rule pack rolled back to an earlier version, say; deploy:status shows it.
     * Null keeps what install or update returned. Never throws.
     */
    default String status(Path file) {
        return null;
    }
}
