package shelf.image.standard.internal;

import java.util.Locale;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.media.ImageProfile;
import shelf.api.shell.Table;

/** {@code images:profiles}: the image profiles, where each comes from, and the profile files that are broken. */
@Component(service = ProfilesCommand.class)
@GogoCommand(scope = "images", function = "profiles")
public class ProfilesCommand {
    @Reference
    ProfileCatalog catalog;

    @Descriptor("list the image profiles (shipped ones and SHELF_HOME/etc/images/*.json)")
    public void profiles() {
        Table table = new Table("Name", "Role", "Size", "Fit", "Format", "Quality", "Budget", "From", "Description");
        for (ProfileCatalog.Entry e : catalog.entries()) {
            ImageProfile p = e.profile();
            table.row(p.name(), lower(p.role()), p.width() + (p.height() > 0 ? "×" + p.height() : " wide"), lower(p.fit()),
                    p.format(), p.lossless() ? "lossless" : p.quality(), p.maxBytes() > 0 ? ImageProblem.bytes(p.maxBytes()) : "",
                    e.origin(), p.description());
        }
        System.out.print(table);
        for (String problem : catalog.problems()) {
            System.out.println("skipped " + problem);
        }
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
