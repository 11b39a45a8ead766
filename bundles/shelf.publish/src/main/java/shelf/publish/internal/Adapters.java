package shelf.publish.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import shelf.api.channel.ChannelAdapter;

/**
 * The channel adapters installed now, by channel id. Several adapters for one channel (an update that
 * registers the new service before the old one leaves) are ordered by service ranking, then newest first;
 * the first is used. Whoever listens hears the channel's id whenever its adapter changes.
 */
final class Adapters {
    /** An adapter service with what the registry knows of it. */
    record Installed(String channel, ChannelAdapter adapter, int ranking, long serviceId, String bundleVersion) {}

    private static final Comparator<Installed> PREFERRED = Comparator.comparingInt(Installed::ranking).reversed()
            .thenComparing(Comparator.comparingLong(Installed::serviceId).reversed());

    private final Map<String, List<Installed>> byChannel = new ConcurrentHashMap<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    void add(Installed installed) {
        byChannel.compute(installed.channel(), (id, list) -> {
            List<Installed> next = list == null ? new ArrayList<>() : new ArrayList<>(list);
            next.add(installed);
            next.sort(PREFERRED);
            return List.copyOf(next);
        });
        listeners.forEach(l -> l.accept(installed.channel()));
    }

    void remove(ChannelAdapter adapter) {
        for (Map.Entry<String, List<Installed>> entry : byChannel.entrySet()) {
            if (entry.getValue().stream().anyMatch(i -> i.adapter() == adapter)) {
                String channel = entry.getKey();
                byChannel.computeIfPresent(channel, (id, list) -> {
                    List<Installed> next = list.stream().filter(i -> i.adapter() != adapter).toList();
                    return next.isEmpty() ? null : next;
                });
                listeners.forEach(l -> l.accept(channel));
            }
        }
    }

    Optional<Installed> current(String channel) {
        List<Installed> list = byChannel.get(channel);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** The channels with an adapter, by id. */
    List<String> channels() {
        return List.copyOf(new TreeSet<>(byChannel.keySet()));
    }

    void listen(Consumer<String> listener) {
        listeners.add(listener);
    }
}
