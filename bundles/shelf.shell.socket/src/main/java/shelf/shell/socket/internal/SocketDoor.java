package shelf.shell.socket.internal;

import java.util.function.Supplier;

import shelf.api.security.Users;
import shelf.api.shell.Consoles;

/**
 * What every socket session needs from the runtime.
 *
 * @param consoles the shell's console, which runs the session once its user is known
 * @param users the user store, got when a session logs in (null when it cannot be had)
 * @param stopFramework stops the runtime; asked for by a shutdown session
 */
record SocketDoor(Consoles consoles, Supplier<Users> users, Runnable stopFramework) {
}
