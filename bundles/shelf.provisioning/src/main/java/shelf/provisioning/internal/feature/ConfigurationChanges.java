package shelf.provisioning.internal.feature;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Applies a feature's configurations and can put back what was there before, so a failed install leaves
 * Configuration Admin as it found it. A PID written "factory~name" is a named factory configuration.
 */
final class ConfigurationChanges {
    private static final System.Logger LOG = System.getLogger(ConfigurationChanges.class.getName());
    /** Any bundle may use the configuration: features configure bundles they do not own. */
    private static final String ANY_LOCATION = "?";

    private record Change(Configuration configuration, Dictionary<String, Object> previous) {}

    private final ConfigurationAdmin admin;
    private final Deque<Change> applied = new ArrayDeque<>();

    ConfigurationChanges(ConfigurationAdmin admin) {
        this.admin = admin;
    }

    void apply(String pid, Map<String, Object> properties) throws IOException {
        Configuration configuration = configuration(admin, pid);
        Dictionary<String, Object> previous = configuration.getProperties();
        configuration.update(new Hashtable<>(properties));
        applied.push(new Change(configuration, previous));
    }

    /** Puts back the previous properties, deleting configurations that did not exist; most recent first. */
    void undo() {
        while (!applied.isEmpty()) {
            Change change = applied.pop();
            try {
                if (change.previous() == null) {
                    change.configuration().delete();
                } else {
                    change.configuration().update(change.previous());
                }
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.WARNING, "could not restore configuration {0}: {1}", change.configuration().getPid(),
                        e.getMessage());
            }
        }
    }

    static Configuration configuration(ConfigurationAdmin admin, String pid) throws IOException {
        int tilde = pid.indexOf('~');
        if (tilde > 0) {
            return admin.getFactoryConfiguration(pid.substring(0, tilde), pid.substring(tilde + 1), ANY_LOCATION);
        }
        return admin.getConfiguration(pid, ANY_LOCATION);
    }

    /** Deletes a configuration a feature made, if it is still there. */
    static void delete(ConfigurationAdmin admin, String pid) throws IOException {
        // A named factory configuration's PID is "factory~name" too, so one filter finds both kinds.
        String escaped = pid.replace("\\", "\\\\").replace("*", "\\*").replace("(", "\\(").replace(")", "\\)");
        try {
            Configuration[] existing = admin.listConfigurations("(service.pid=" + escaped + ")");
            if (existing != null) {
                for (Configuration configuration : existing) {
                    configuration.delete();
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IOException("PID " + pid + " cannot be looked up: " + e.getMessage(), e);
        }
    }
}
