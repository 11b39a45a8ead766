package shelf.api.runtime;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Says in plain words why a bundle is not active. */
@ProviderType
public interface BundleDiagnostics {
    /**
     * One line per problem: each package or capability the bundle needs that nothing provides, with
     * the installed bundle that comes closest ("needs package shelf.api.deploy [2.0,3.0); shelf.api
     * 0.1.0 exports it at 1.0.0"), a failed activation with its cause, or that all is well.
     */
    List<String> diagnose(long bundleId);
}
