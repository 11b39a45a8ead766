package shelf.channel.support;

import java.net.URI;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The local marketplace simulator, registered by shelf.channel.sandbox while its server runs. An adapter
 * whose endpoint is {@value #ENDPOINT} sends its requests there, under {@code /<channel id>}.
 */
@ProviderType
public interface SandboxAddress {
    /** The endpoint setting that means "the local sandbox". */
    String ENDPOINT = "sandbox";

    /** Where the sandbox listens: {@code http://127.0.0.1:18480}. */
    URI base();
}
