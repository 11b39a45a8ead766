package shelf.launcher;

import java.util.logging.Level;
import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** Felix's own log messages (passed as felix.log.logger), sent to java.util.logging instead of System.out. */
final class FrameworkLog extends Logger {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("org.apache.felix.framework");

    @Override
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        String text = bundle == null ? msg : bundle.getSymbolicName() + " [" + bundle.getBundleId() + "]: " + msg;
        LOG.log(toJul(level), text, throwable);
    }

    private static Level toJul(int level) {
        return switch (level) {
            case LOG_ERROR -> Level.SEVERE;
            case LOG_WARNING -> Level.WARNING;
            case LOG_INFO -> Level.INFO;
            default -> Level.FINE;
        };
    }
}
