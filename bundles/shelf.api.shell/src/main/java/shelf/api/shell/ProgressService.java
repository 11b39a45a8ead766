package shelf.api.shell;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Progress bars for long commands. On a terminal the shell draws a bar on one line; in scripts,
 * {@code ./shelf -c} or when output is not a terminal, nothing is drawn.
 */
@ProviderType
public interface ProgressService {
    /**
     * Starts a bar for the command running on this thread.
     *
     * @param task what is being done, shown before the bar ("导入 商品表.xlsx")
     * @param total units of work, or a negative number when unknown
     */
    Progress start(String task, long total);

    /**
     * Starts a bar that counts bytes, shown as sizes ("8.2/16.4 MB") rather than numbers.
     *
     * @param bytes the size of the work, or a negative number when unknown
     */
    default Progress startBytes(String task, long bytes) {
        return start(task, bytes);
    }
}
