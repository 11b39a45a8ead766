package shelf.rules.engine.internal;

import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.rules.engine.spi.CompiledPack;
import shelf.rules.engine.spi.PackReader;
import shelf.rules.engine.spi.RulePackFormatException;

/** The pack reader the pack library uses: the built-in kinds of check and those installed bundles add. */
@Component(service = PackReader.class)
public final class JsonPackReader implements PackReader {
    @Reference
    RuleChecks checks;

    @Override
    public CompiledPack read(String fileName, String json) throws RulePackFormatException {
        return RulePackReader.read(fileName, json, checks);
    }

    @Override
    public void onCheckArrival(Consumer<String> listener) {
        checks.onArrival(listener);
    }

    @Override
    public void removeCheckArrival(Consumer<String> listener) {
        checks.removeArrival(listener);
    }
}
