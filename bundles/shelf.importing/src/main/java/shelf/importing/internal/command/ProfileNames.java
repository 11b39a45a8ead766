package shelf.importing.internal.command;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.importer.ImportService;
import shelf.api.shell.CompletionSource;

/** Offers the import profiles' names on Tab. */
@Component(property = CompletionSource.NAME + "=profile")
public class ProfileNames implements CompletionSource {
    @Reference
    ImportService imports;

    @Override
    public List<String> candidates() {
        try {
            return imports.profiles();
        } catch (RuntimeException e) {
            return List.of(); // completion never fails a keystroke
        }
    }
}
