package shelf.rules.packs.internal.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.finding.Finding;
import shelf.api.rules.PackDryRun;
import shelf.api.rules.RulePackLibrary;
import shelf.api.shell.Complete;
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Table;

/** {@code rules:test FILE BATCH}: what a pack not yet deployed would add and clear in a batch; nothing stored. */
@Component(service = RulesTestCommand.class)
@GogoCommand(scope = "rules", function = "test")
public class RulesTestCommand {
    @Reference
    RulePackLibrary library;

    @Reference
    CurrentUser currentUser;

    @Descriptor("dry-run a rule pack file against a batch: the findings it would add and clear; nothing is deployed or stored")
    public void test(CommandSession session,
            @Descriptor("the channel to validate for (default: no particular channel)")
            @Parameter(names = {"--channel"}, absentValue = "") String channel,
            @Descriptor("the pack file (NAME.rules.json)") @Complete("file") String file,
            @Descriptor("the batch id (see batch:list)") long batch) throws CatalogException {
        Path path = session.currentDir().resolve(file);
        PackDryRun run = library.test(currentUser.of(session), path, batch, channel);
        print("+", run.added());
        print("-", run.cleared());
        System.out.println(run.pack() + (run.replaces().isEmpty() ? " (new)" : " in place of " + run.replaces())
                + " on batch " + batch + ": " + run.added().size() + " findings added, " + run.cleared().size()
                + " cleared in " + run.products() + " products — nothing deployed");
    }

    private static void print(String sign, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        Table table = new Table("", "Severity", "Code", "SPU", "SKU", "Field", "Message");
        findings.forEach(f -> table.row(sign, f.severity().name().toLowerCase(Locale.ROOT), f.code(), f.spuCode(),
                f.skuCode(), f.field(), f.message()));
        System.out.print(table);
    }
}
