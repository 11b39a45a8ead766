package shelf.rules.packs.internal.command;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.rules.PackVersion;
import shelf.api.rules.RulePackLibrary;

/** {@code rules:rollback ID}: reactivates the version of a pack deployed before the active one. */
@Component(service = RulesRollbackCommand.class)
@GogoCommand(scope = "rules", function = "rollback")
public class RulesRollbackCommand {
    @Reference
    RulePackLibrary library;

    @Descriptor("make the version of a rule pack deployed before the active one active again")
    public void rollback(@Descriptor("the pack id (see rules:list)") String id) {
        PackVersion active = library.rollback(id);
        System.out.println("rule pack " + active.id() + " " + active.version() + " is active again (" + active.source() + ")");
    }
}
