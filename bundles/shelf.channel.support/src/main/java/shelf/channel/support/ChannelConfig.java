package shelf.channel.support;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configuration every adapter takes (PID {@code shelf.channel.<id>}). The defaults point at the local
 * sandbox with its credentials, so a fresh instance publishes out of the box; SHELF_HOME/etc/channels/
 * {@code <id>.properties} overrides any of them (see {@link ChannelSettings}). The credentials are private
 * properties (".appSecret", ".accessToken", ".refreshToken"): Declarative Services does not copy a
 * property whose name starts with a dot onto the service, so no secret is visible in the service registry.
 */
@ObjectClassDefinition(name = "Shelf channel adapter", description = "Where a marketplace adapter sends its calls and with which credentials")
public @interface ChannelConfig {
    @AttributeDefinition(description = "'sandbox' for the local simulator, or the platform's gateway root (https://eco.taobao.com)")
    String endpoint() default SandboxAddress.ENDPOINT;

    @AttributeDefinition(description = "app key / client id / appid")
    String appKey() default "sandbox";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "app secret / client secret; never printed")
    String _appSecret() default "sandbox-secret";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "the shop's access token (session), where the platform grants one by OAuth")
    String _accessToken() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "the refresh token that renews the access token")
    String _refreshToken() default "sandbox-refresh";

    @AttributeDefinition(description = "shop id, where the platform's token call needs one (Douyin shop: a number)")
    String shopId() default "10000001";

    @AttributeDefinition(description = "how the platform's requests are signed, where it offers a choice (md5, hmac, hmac-sha256)")
    String signMethod() default "";

    @AttributeDefinition(description = "milliseconds to wait for an answer before the outcome counts as unknown")
    int timeoutMs() default 10_000;

    @AttributeDefinition(description = "milliseconds to wait for a connection")
    int connectTimeoutMs() default 3_000;

    @AttributeDefinition(description = "milliseconds a create or update follows the platform's review (Douyin, Pinduoduo, "
            + "WeChat) after its first read, before the job is retried later as still in review; 0 (the default): one "
            + "read at once, so no caller waits while the platform reviews")
    int reviewWaitMs() default 0;
}
