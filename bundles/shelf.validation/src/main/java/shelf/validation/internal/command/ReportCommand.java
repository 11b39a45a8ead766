package shelf.validation.internal.command;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.catalog.CatalogException;
import shelf.api.importer.ImportException;
import shelf.api.importer.FindingReport;
import shelf.api.importer.FindingReport.Written;
import shelf.api.shell.Complete;
import shelf.api.shell.CurrentUser;

/** {@code report BATCH --out FILE.xlsx}: the batch's findings and the rows its import refused, written back into the merchant's own rows. */
@Component(service = ReportCommand.class)
@GogoCommand(scope = "catalog", function = "report")
public class ReportCommand {
    /** Written by the xlsx importer bundle, where POI is; without it the command says where to look. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile FindingReport reports;

    @Reference
    CurrentUser currentUser;

    @Descriptor("write a batch's rows back as a workbook: each cell a finding or an import error names highlighted with a note, a summary sheet in front")
    public void report(CommandSession session,
            @Descriptor("the workbook to write, e.g. 问题报告.xlsx")
            @Parameter(names = {"--out", "-o"}, absentValue = "") @Complete(Complete.FILE) String out,
            @Descriptor("the validation to show, by channel (default: the batch's last validation)")
            @Parameter(names = {"--channel"}, absentValue = "") String channel,
            @Descriptor("the merchant's file to read the rows from (default: the batch's file, in the current folder)")
            @Parameter(names = {"--source"}, absentValue = "") @Complete(Complete.FILE) String source,
            @Descriptor("the batch id (see batch:list)") long batch) throws CatalogException, ImportException, IOException {
        if (out.isBlank()) {
            throw new IllegalArgumentException("name the workbook to write: report " + batch + " --out 问题报告.xlsx");
        }
        FindingReport service = reports;
        if (service == null) {
            throw new IllegalStateException("report is written by the xlsx importer, and its report service is not running — "
                    + "see bundle:diag shelf.importer.xlsx (feature:install importers if it is not there)");
        }
        Path folder = session.currentDir();
        Written written = service.write(currentUser.of(session), batch, channel, source.isEmpty() ? folder : folder.resolve(source).normalize(),
                folder.resolve(out).normalize());
        System.out.println(summary(written));
    }

    /** "wrote 问题报告.xlsx: 9 findings in 7 cells" and what did not fit, if anything. */
    static String summary(Written written) {
        StringBuilder line = new StringBuilder("wrote ").append(written.file()).append(": ")
                .append(count(written.findings(), "finding")).append(" in ").append(count(written.cells(), "cell"));
        if (written.withoutNote() > 0) {
            line.append(" (").append(written.withoutNote()).append(" highlighted without a note — too many; see the summary sheet)");
        }
        if (written.unplaced() > 0) {
            line.append("; ").append(count(written.unplaced(), "finding")).append(" not found in the file, listed in the summary sheet only");
        }
        return line.toString();
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
