package shelf.validation.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import shelf.api.channel.ChannelAdapter;
import shelf.api.rules.PackDescription;
import shelf.api.rules.PackVersion;
import shelf.api.rules.RulePackLibrary;

/**
 * The channels a validation may be for: those of the channel adapters registered (shelf.channel=ID) and those
 * a rule pack is limited to. A name that is neither is a typo or worse ("../../x"), and is never stored.
 */
@Component(service = KnownChannels.class)
public class KnownChannels {
    private final Map<ChannelAdapter, String> adapters = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile RulePackLibrary packs;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAdapter(ChannelAdapter adapter, Map<String, Object> properties) {
        Object id = properties.get(ChannelAdapter.SERVICE_PROPERTY);
        if (id != null) {
            adapters.put(adapter, id.toString());
        }
    }

    void removeAdapter(ChannelAdapter adapter) {
        adapters.remove(adapter);
    }

    /** Every channel known now, in name order. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>(adapters.values());
        RulePackLibrary library = packs;
        if (library != null) {
            for (PackVersion version : library.versions()) {
                library.describe(version.id()).map(PackDescription::channels).ifPresent(names::addAll);
            }
        }
        return names;
    }

    /**
     * Throws unless the channel is empty (validation for no particular channel) or known: "no channel
     * '../../x' — the channels are douyin, pinduoduo, taobao, wechat, weidian".
     */
    public void require(String channel) {
        if (channel == null || channel.isEmpty()) {
            return;
        }
        Set<String> names = names();
        if (!names.contains(channel)) {
            throw new IllegalArgumentException("no channel '" + channel + "' — " + (names.isEmpty()
                    ? "no channel adapter or rule pack names one; validate without --channel"
                    : "the channels are " + String.join(", ", names)));
        }
    }
}
