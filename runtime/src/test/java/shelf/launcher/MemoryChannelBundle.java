package shelf.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

import shelf.launcher.memorychannel.MemoryChannel;

/** The memory channel adapter (its classes from the test build) as a bundle, for one channel id. */
final class MemoryChannelBundle {
    private MemoryChannelBundle() {}

    static Path write(Path jar, String channel, String version, long delayMillis) throws IOException, URISyntaxException {
        return ClassesBundle.write(jar, "shelf.channel.memory." + channel, version, MemoryChannel.class,
                "org.osgi.framework, shelf.api.catalog, shelf.api.channel",
                Map.of("Shelf-Test-Channel", channel, "Shelf-Test-Delay-Ms", Long.toString(delayMillis)));
    }
}
