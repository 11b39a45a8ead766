package shelf.validation.internal.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.StoredBatch;
import shelf.api.rules.BatchValidation;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;
import shelf.api.rules.ValidationCount;
import shelf.api.shell.CurrentUser;
import shelf.api.security.Subject;
import shelf.api.shell.Progress;
import shelf.api.shell.ProgressService;
import shelf.api.shell.SessionVariables;
import shelf.api.shell.Table;

/**
 * {@code validate BATCH}: runs every rule pack over a batch, keeps the findings and prints a count per code.
 * In a script or {@code -c} the exit status is non-zero when errors were found, so it can gate publishing.
 */
@Component(service = ValidateCommand.class)
@GogoCommand(scope = "catalog", function = "validate")
public class ValidateCommand {
    @Reference
    CatalogStore store;

    @Reference
    BatchValidation validation;

    @Reference
    ProgressService progress;

    @Reference
    CurrentUser currentUser;

    @Descriptor("check a batch's products against every rule pack and keep the findings: a count per code (see findings BATCH for each one)")
    public void validate(CommandSession session,
            @Descriptor("the channel to validate for (default: no particular channel)")
            @Parameter(names = {"--channel"}, absentValue = "") String channel,
            @Descriptor("the batch id (see batch:list)") long batch) throws CatalogException {
        Subject me = currentUser.of(session);
        // the service refuses a batch outside the scope; this only sizes the progress bar, and says so first
        StoredBatch stored = store.inScope(me, batch).batch();
        ValidationCount run;
        try (Progress bar = progress.start("校验 batch " + batch, stored.products())) {
            long[] shown = {0};
            run = validation.validateCounting(me, batch, channel, done -> {
                synchronized (shown) {
                    if (done > shown[0]) {
                        bar.advance(done - shown[0]);
                        shown[0] = done;
                    }
                }
            });
        }
        if (!run.codes().isEmpty()) {
            Table table = new Table("Code", "Severity", "Findings");
            run.codes().forEach((code, f) -> table.row(code, f.severity().name().toLowerCase(Locale.ROOT),
                    String.valueOf(f.findings())));
            System.out.print(table);
        }
        System.out.println(run.summary());
        long errors = run.count(Severity.ERROR);
        if (errors > 0 && !Boolean.TRUE.equals(session.get(SessionVariables.INTERACTIVE))) {
            throw new IllegalStateException("batch " + batch + " has " + errors + (errors == 1 ? " error" : " errors")
                    + " — see findings " + batch + " --severity error");
        }
    }
}
