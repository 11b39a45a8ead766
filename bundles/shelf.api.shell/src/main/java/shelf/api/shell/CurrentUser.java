package shelf.api.shell;

import org.apache.felix.service.command.CommandSession;
import org.osgi.annotation.versioning.ProviderType;

import shelf.api.security.AccessRefusedException;
import shelf.api.security.Subject;

/**
 * The subject a shell session logged in as. A command that acts on data asks here whom it runs for
 * and passes the subject to the service it calls. Provided by the shell.
 */
@ProviderType
public interface CurrentUser {

    /** The session's subject; throws when the session has not logged in (never for a shell command). */
    Subject of(CommandSession session) throws AccessRefusedException;

    /**
     * A new password for {@code userName}: the one the launcher passed (SHELF_NEW_PASSWORD), else asked twice
     * without echo on the session's terminal. The caller clears it after use.
     *
     * @throws IllegalArgumentException when there is neither (a -c session without SHELF_NEW_PASSWORD) or the
     *         two typed differ
     */
    char[] newPassword(CommandSession session, String userName);
}
