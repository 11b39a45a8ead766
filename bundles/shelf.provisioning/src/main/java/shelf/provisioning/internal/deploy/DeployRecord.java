package shelf.provisioning.internal.deploy;

import java.time.Instant;

import shelf.api.deploy.DeployedFile;
import shelf.api.deploy.DeployedFile.State;

/**
 * What the watcher knows of one file of the deploy folder, as kept in SHELF_HOME/data/deploy.json.
 *
 * @param name the file name
 * @param kind the handler's kind, or empty
 * @param state what became of it
 * @param detail the handler's description, or the reason it failed
 * @param when milliseconds since the epoch at which this state was reached
 * @param size the file's size when it was handled
 * @param modified the file's modification time (milliseconds) when it was handled
 * @param deployed whether a handler holds something installed from it, to update or uninstall later
 */
record DeployRecord(String name, String kind, State state, String detail, long when, long size, long modified,
        boolean deployed) {

    /** Same size and time as when handled: a restart leaves such a file alone. */
    boolean unchanged(long size, long modified) {
        return this.size == size && this.modified == modified;
    }

    DeployedFile toDeployedFile() {
        return new DeployedFile(name, kind == null ? "" : kind, state, detail == null ? "" : detail,
                Instant.ofEpochMilli(when));
    }
}
