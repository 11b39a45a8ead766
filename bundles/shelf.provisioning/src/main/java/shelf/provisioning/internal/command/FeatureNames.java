package shelf.provisioning.internal.command;

import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.runtime.FeatureService;
import shelf.api.runtime.FeatureSummary;
import shelf.api.shell.CompletionSource;

/** Offers feature names on Tab. */
@Component(property = CompletionSource.NAME + "=feature")
public class FeatureNames implements CompletionSource {
    @Reference
    FeatureService features;

    @Override
    public List<String> candidates() {
        return features.list().stream().map(FeatureSummary::name).collect(Collectors.toList());
    }

    static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("no feature named '" + name + "' — see feature:list");
    }
}
