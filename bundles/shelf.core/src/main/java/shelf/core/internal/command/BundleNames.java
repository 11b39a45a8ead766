package shelf.core.internal.command;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import shelf.api.shell.CompletionSource;

/** Offers bundle ids and symbolic names on Tab. */
@Component(property = CompletionSource.NAME + "=bundle")
public class BundleNames implements CompletionSource {
    private final BundleContext context;

    @Activate
    public BundleNames(BundleContext context) {
        this.context = context;
    }

    @Override
    public List<String> candidates() {
        return Arrays.stream(context.getBundles())
                .flatMap(b -> Stream.of(String.valueOf(b.getBundleId()), b.getSymbolicName()))
                .filter(s -> s != null)
                .distinct()
                .collect(Collectors.toList());
    }
}
