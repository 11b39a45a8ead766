package shelf.validation.internal.command;

import java.io.PrintStream;
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
        FindingFilter filter = new FindingFilter(validatedFor, severity(severity), code, sku);
        // two passes over the stored findings, one for the columns' widths and one to print, so that a batch of
        // a million findings is never held at once; the lines are those a Table of them all would print
        int[] widths = widths(HEADERS);
        long[] count = {0};
        findings.eachFinding(me, batch, filter, f -> {
            count[0]++;
            String[] cells = cells(f);
            for (int c = 0; c < cells.length; c++) {
                widths[c] = Math.max(widths[c], Table.width(cells[c]));
            }
        });
        if (count[0] == 0) {
            System.out.println("No findings" + (severity.isEmpty() && code.isEmpty() && sku.isEmpty() ? "" : " match"));
            return;
        }
        PrintStream out = System.out;
        out.print(line(HEADERS, widths));
        long[] printed = {0};
        findings.eachFinding(me, batch, filter, f -> {
            if (printed[0]++ < count[0]) { // findings stored between the passes are left for the next look
                out.print(line(cells(f), widths));
            }
        });
        out.println(count[0] + (count[0] == 1 ? " finding" : " findings"));
    }

    private static final String[] HEADERS = {"Severity", "Code", "SPU", "SKU", "Field", "Cell", "Message"};

    private static String[] cells(Finding f) {
        return new String[] {f.severity().name().toLowerCase(Locale.ROOT), f.code(), f.spuCode(), f.skuCode(),
                f.field(), cell(f.source()), f.message()};
    }

    private static int[] widths(String[] cells) {
        int[] widths = new int[cells.length];
        for (int c = 0; c < cells.length; c++) {
            widths[c] = Table.width(cells[c]);
        }
        return widths;
    }

    /** One line as {@link Table} lays it out. */
    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            line.append(cells[c]);
            if (c < cells.length - 1) {
                line.append(" ".repeat(widths[c] - Table.width(cells[c]) + 2));
            }
        }
        return line.toString().stripTrailing() + "\n";
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
