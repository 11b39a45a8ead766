package shelf.rules.packs.internal.command;

import java.util.Locale;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.rules.PackDescription;
import shelf.api.rules.RulePackLibrary;
import shelf.api.shell.Table;

/** {@code rules:show ID}: the active version of a pack, what it applies to and each rule. */
@Component(service = RulesShowCommand.class)
@GogoCommand(scope = "rules", function = "show")
public class RulesShowCommand {
    @Reference
    RulePackLibrary library;

    @Descriptor("show a rule pack's active version: source, categories and channels it applies to, and its rules with their parameters")
    public void show(@Descriptor("the pack id (see rules:list)") String id) {
        PackDescription pack = library.describe(id)
                .orElseThrow(() -> new IllegalArgumentException("no rule pack " + id + " — see rules:list"));
        System.out.println(pack.version().id() + " " + pack.version().version() + "  (" + pack.version().source() + ")");
        System.out.println("categories: " + (pack.categories().isEmpty() ? "all" : String.join(", ", pack.categories())));
        System.out.println("channels:   " + (pack.channels().isEmpty() ? "all" : String.join(", ", pack.channels())));
        if (pack.rules().isEmpty()) {
            System.out.println("(a pack written in Java: its rules are in its code)");
            return;
        }
        Table table = new Table("Rule", "Code", "Check", "Parameters", "Field", "Severity", "Message");
        pack.rules().forEach(r -> table.row(r.id(), r.code(), r.check(), r.parameters(), r.field(),
                r.severity().name().toLowerCase(Locale.ROOT), r.message()));
        System.out.print(table);
    }
}
