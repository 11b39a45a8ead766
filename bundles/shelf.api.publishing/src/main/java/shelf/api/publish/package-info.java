/**
 * Publishing: putting catalogue products on sale on marketplaces through durable jobs (an outbox), and
 * keeping price and stock in step afterwards. The core implements {@link shelf.api.publish.PublishService};
 * channel adapters ({@link shelf.api.channel.ChannelAdapter}) do the talking to each platform.
 */
@Export
@Version("2.6.0")
package shelf.api.publish;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
