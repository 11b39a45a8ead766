package shelf.channel.sandbox.internal;

import shelf.channel.sandbox.kit.SandboxReply;
import shelf.channel.sandbox.kit.SandboxRequest;
import shelf.channel.sandbox.kit.ListingRules;

/**
 * One platform's simulator: its endpoints below /{@code <channel>}, checking credentials, signature and
 * token as the platform does and answering in the platform's own format.
 */
interface PlatformApi {
    String channel();

    /** The business rules create and update are held to. */
    ListingRules rules();

    /** Answers a request (faults were decided before). */
    SandboxReply handle(SandboxRequest request, Marketplace market);

    /** The platform's answer to a request above the QPS limit. */
    SandboxReply rateLimited();

    /** The platform's system-busy answer. */
    SandboxReply busy();
}
