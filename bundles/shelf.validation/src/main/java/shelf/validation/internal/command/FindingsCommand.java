package shelf.validation.internal.command;

import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.SourceCell;
import shelf.api.finding.Finding;
import shelf.api.rules.FindingFilter;
import shelf.api.rules.FindingStore;
import shelf.api.finding.Severity;
import shelf.api.security.Subject;
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Table;

/** {@code findings BATCH}: the findings of the batch's last validation, one line each. */
@Component(service = FindingsCommand.class)
@GogoCommand(scope = "catalog", function = "findings")
public class FindingsCommand {
    @Reference
    FindingStore findings;

    @Reference
    CurrentUser currentUser;

    @Descriptor("list the findings of a batch's last validation: severity, code, SPU, SKU, field, cell and message")
    public void findings(CommandSession session,
            @Descriptor("only this severity: error, warning or info")
            @Parameter(names = {"--severity"}, absentValue = "") String severity,
            @Descriptor("only this finding code (title.banned-word …)")
            @Parameter(names = {"--code"}, absentValue = "") String code,
            @Descriptor("only findings about this SKU code")
            @Parameter(names = {"--sku"}, absentValue = "") String sku,
            @Descriptor("the channel the batch was validated for (default: the last validation's)")
            @Parameter(names = {"--channel"}, absentValue = "\u0000") String channel,
            @Descriptor("the batch id (see batch:list)") long batch) throws CatalogException {
        Subject me = currentUser.of(session);
        String validatedFor = channel.equals("\u0000") ? findings.lastChannel(me, batch).orElseThrow(
                () -> new IllegalArgumentException("batch " + batch + " has not been validated — run validate " + batch))
                : channel;
        List<Finding> found = findings.findings(me, batch, new FindingFilter(validatedFor, severity(severity), code, sku));
        if (found.isEmpty()) {
            System.out.println("No findings" + (severity.isEmpty() && code.isEmpty() && sku.isEmpty() ? "" : " match"));
            return;
        }
        Table table = new Table("Severity", "Code", "SPU", "SKU", "Field", "Cell", "Message");
        found.forEach(f -> table.row(f.severity().name().toLowerCase(Locale.ROOT), f.code(), f.spuCode(), f.skuCode(),
                f.field(), cell(f.source()), f.message()));
        System.out.print(table);
        System.out.println(found.size() + (found.size() == 1 ? " finding" : " findings"));
    }

    private static Severity severity(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Severity.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--severity " + text + ": use error, warning or info");
        }
    }

    /** "row 7, column P", or empty when the finding's cell is not known. */
    static String cell(SourceCell source) {
        if (source == null) {
            return "";
        }
        return "row " + source.row() + (source.column() > 0 ? ", column " + source.columnLetter() : "");
    }
}
