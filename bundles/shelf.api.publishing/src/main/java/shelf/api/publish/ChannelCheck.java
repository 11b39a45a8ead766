package shelf.api.publish;

import java.time.Duration;

/**
 * What channel:check found.
 *
 * @param channel the channel id
 * @param endpoint where the adapter sent the check
 * @param ok whether the platform took the settings and answered the read
 * @param outcome what was read, or why it failed, in plain words
 * @param took how long the check took
 * @since 2.2
 */
public record ChannelCheck(String channel, String endpoint, boolean ok, String outcome, Duration took) {}
