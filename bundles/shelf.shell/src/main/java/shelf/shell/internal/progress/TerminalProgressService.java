package shelf.shell.internal.progress;

import java.util.Optional;

import org.apache.felix.service.command.Job;
import org.jline.terminal.Terminal;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.shell.Progress;
import shelf.api.shell.ProgressService;

/**
 * Progress bars on the terminal of the session whose command calls {@link #start}. The session is found
 * through Gogo's current job, so a bar appears only for a command run from an interactive session on a
 * real terminal; scripts, {@code -c} and work on other threads get a bar that draws nothing.
 */
@Component(service = ProgressService.class)
public class TerminalProgressService implements ProgressService {
    @Reference
    SessionTerminals terminals;

    @Override
    public Progress start(String task, long total) {
        return start(task, total, false);
    }

    @Override
    public Progress startBytes(String task, long bytes) {
        return start(task, bytes, true);
    }

    private Progress start(String task, long total, boolean bytes) {
        Job job = Job.Utils.current();
        Optional<Terminal> terminal = terminals.terminalOf(job == null ? null : job.session());
        if (terminal.isEmpty()) {
            return new SilentProgress();
        }
        return new TerminalProgress(terminal.get(), task, total, bytes, System::nanoTime);
    }

    private static final class SilentProgress implements Progress {
        @Override
        public void advance(long units) {
        }

        @Override
        public void close() {
        }
    }
}
