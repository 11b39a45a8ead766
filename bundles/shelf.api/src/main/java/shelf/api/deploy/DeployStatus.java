package shelf.api.deploy;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** What the deploy folder holds and what became of each file, as the watcher saw it last. */
@ProviderType
public interface DeployStatus {
    /** The folder being watched. */
    java.nio.file.Path folder();

    /** One entry per file the watcher has seen and not yet seen deleted, by file name. */
    List<DeployedFile> files();
}
