package shelf.security.internal;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.security.Users;

/**
 * Activates the user store on a thread of its own as this bundle starts. Its activation checks the security
 * tables and reads the login settings; left to the first login after a start, that came between the console's
 * socket opening and the password check, with the prompt waiting behind both. The runtime keeps a delayed
 * component once activated (ds.delayed.keepInstances), so the login then finds it ready.
 */
@Component(immediate = true)
public class UserStoreOpener {

    @Reference
    ComponentServiceObjects<Users> users;

    @Activate
    void activate() {
        Thread opener = new Thread(this::open, "shelf-user-store-open");
        opener.setDaemon(true);
        opener.start();
    }

    private void open() {
        try {
            users.getService();
        } catch (RuntimeException e) {
            // the first login asks again and reports why the store cannot be had
        }
    }
}
