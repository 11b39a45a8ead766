package shelf.image.standard.internal;

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
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Progress;
import shelf.api.shell.ProgressService;
import shelf.api.shell.Table;

/** {@code images:process BATCH [--profile P]}: makes every image of a batch, on all cores, and says what it found. */
@Component(service = ProcessCommand.class)
@GogoCommand(scope = "images", function = "process")
public class ProcessCommand {
    @Reference
    BatchImages images;

    @Reference
    ProgressService progress;

    @Reference
    CurrentUser currentUser;

    @Descriptor("process a batch's images: main images to the main profile, detail images to the detail profile (or every image of one role to --profile); prints findings and a summary")
    public void process(CommandSession session,
            @Descriptor("one profile for every image of its role (see images:profiles)")
            @Parameter(names = {"--profile", "-p"}, absentValue = "") String profile,
            @Descriptor("the batch id (see batch:list)") long batch) throws CatalogException {
        Progress[] bar = new Progress[1];
        BatchImageReport report;
        try {
            report = images.process(currentUser.of(session), batch, profile, total -> {
                bar[0] = progress.start("处理图片 批次 " + batch, total);
                return bar[0]::advance;
            });
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
        }
        if (!report.findings().isEmpty()) {
            Table table = new Table("Severity", "Code", "SPU", "Field", "Cell", "Message");
            for (Finding f : report.findings()) {
                table.row(f.severity().name().toLowerCase(Locale.ROOT), f.code(), f.spuCode(), f.field(), cell(f.source()),
                        f.message());
            }
            System.out.print(table);
        }
        System.out.print(report.summary());
    }

    /** "row 7, column D": where the merchant fixes it; empty when not known. */
    static String cell(SourceCell source) {
        if (source == null) {
            return "";
        }
        return "row " + source.row() + (source.column() > 0 ? ", column " + source.columnLetter() : "");
    }
}
