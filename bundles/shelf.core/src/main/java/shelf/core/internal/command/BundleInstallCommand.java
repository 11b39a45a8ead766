package shelf.core.internal.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.runtime.BundleDiagnostics;
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Complete;

@Component(service = BundleInstallCommand.class)
@GogoCommand(scope = "bundle", function = "install")
public class BundleInstallCommand {
    private final BundleContext context;

    @Reference
    BundleDiagnostics diagnostics;

    @Reference
    CurrentUser currentUser;

    @Reference
    AuditLog audit;

    @Activate
    public BundleInstallCommand(BundleContext context) {
        this.context = context;
    }

    @Descriptor("install a bundle from a jar file or a URL")
    public void install(CommandSession session,
            @Descriptor("start the bundle once installed") @Parameter(names = {"--start", "-s"}, presentValue = "true", absentValue = "false") boolean start,
            @Descriptor("a jar file or a URL (file:, http:)") @Complete(Complete.FILE) String source) throws Exception {
        String user = currentUser.of(session).name();
        Bundle bundle = context.installBundle(location(session, source));
        audit.append(AuditEntry.of(user, "bundle:install", List.of("bundle:" + bundle.getSymbolicName()), "",
                bundle.getVersion().toString(), bundle.getLocation()));
        System.out.println("Installed " + BundleArgument.describe(bundle));
        if (start) {
            BundleActions.start(bundle, diagnostics);
            // starting runs the bundle's code: a change of its own in the trail, as bundle:start writes it
            audit.append(AuditEntry.of(user, "bundle:start", List.of("bundle:" + bundle.getSymbolicName()),
                    bundle.getVersion().toString(), bundle.getVersion().toString(), BundleArgument.describe(bundle)));
            System.out.println("Started " + BundleArgument.describe(bundle));
        }
    }

    private static String location(CommandSession session, String source) {
        if (source.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !source.matches("[a-zA-Z]:\\\\.*")) {
            return source;
        }
        Path file = session.currentDir().resolve(source).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        return file.toUri().toString();
    }
}
