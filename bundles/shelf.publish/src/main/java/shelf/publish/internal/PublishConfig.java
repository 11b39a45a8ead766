package shelf.publish.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configuration "shelf.publish" (Configuration Admin; a feature's "configurations" can set it). Changes
 * take effect at once, except concurrency, which a channel's worker reads when it starts.
 */
@ObjectClassDefinition(name = "Shelf publishing", description = "Rate limits, concurrency and retries of the channel workers")
public @interface PublishConfig {
    @AttributeDefinition(description = "calls per second per channel, every request counted (0: no limit); set it a "
            + "little under the platform's own limit, which counts calls per wall-clock second")
    double qps() default 50;

    @AttributeDefinition(description = "calls per second of particular channels: channel=qps, e.g. taobao=20")
    String[] channelQps() default {};

    @AttributeDefinition(description = "calls in flight at once per channel (read when a worker starts)")
    int concurrency() default 8;

    @AttributeDefinition(description = "attempts before a job that keeps failing is marked failed")
    int maxAttempts() default 30;

    @AttributeDefinition(description = "first retry delay in milliseconds; it doubles with every attempt")
    long backoffBaseMillis() default 200;

    @AttributeDefinition(description = "longest retry delay in milliseconds")
    long backoffMaxMillis() default 30_000;

    @AttributeDefinition(description = "failures in a row that open a channel's circuit")
    int breakerFailures() default 100;

    @AttributeDefinition(description = "how long an opened circuit stays open at first, in milliseconds")
    long breakerOpenMillis() default 5_000;

    @AttributeDefinition(description = "how long a node's claim of a running job lasts without its heartbeat, in "
            + "milliseconds; a job of a node that died is taken over by another node once it ran out (PostgreSQL)")
    long leaseMillis() default 30_000;
}
