package shelf.provisioning.internal.command;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.deploy.DeployStatus;
import shelf.api.shell.Table;

@Component(service = DeployStatusCommand.class)
@GogoCommand(scope = "deploy", function = "status")
public class DeployStatusCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Reference
    DeployStatus deploy;

    @Descriptor("show what the deploy folder holds and what became of each file")
    public void status() {
        System.out.println("Deploy folder: " + deploy.folder());
        if (deploy.files().isEmpty()) {
            System.out.println("(empty — copy a bundle jar or a rule pack here to deploy it)");
            return;
        }
        Table table = new Table("File", "Kind", "State", "Since", "Detail");
        deploy.files().forEach(f -> table.row(f.name(), f.kind(), f.state(), TIME.format(f.when()), f.detail()));
        System.out.print(table);
    }
}
