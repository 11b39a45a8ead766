package shelf.api.deploy;

import java.time.Instant;

/**
 * One file of the deploy folder.
 *
 * @param name the file name
 * @param kind the handler's {@link DeployHandler#KIND}, or empty when no handler took it
 * @param state what became of it
 * @param detail the handler's description when deployed, the reason otherwise
 * @param when when this state was reached
 */
public record DeployedFile(String name, String kind, State state, String detail, Instant when) {
    public enum State {
        /** Still being written; looked at again when it stops changing. */
        WAITING,
        /** Installed or updated by a handler. */
        DEPLOYED,
        /** The handler refused it; the reason is in {@code detail}. Nothing else changed. */
        FAILED,
        /** No handler takes files of this kind. */
        IGNORED
    }
}
