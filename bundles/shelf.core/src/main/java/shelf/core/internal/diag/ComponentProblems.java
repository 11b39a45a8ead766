package shelf.core.internal.diag;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import shelf.core.bundles.StartFailure;

/** Why the Declarative Services components of an active bundle are not running, as SCR reports it. */
final class ComponentProblems {
    private ComponentProblems() {}

    static List<String> of(ServiceComponentRuntime scr, Bundle bundle) {
        List<String> lines = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
            String component = "component " + description.name;
            if (!scr.isComponentEnabled(description)) {
                lines.add(component + " is disabled; enable it with scr:enable " + description.name);
                continue;
            }
            var configurations = scr.getComponentConfigurationDTOs(description);
            if (configurations.isEmpty() && "require".equals(description.configurationPolicy)) {
                lines.add(component + " waits for configuration " + String.join(" or ", description.configurationPid)
                        + "; create it in Configuration Admin");
            }
            for (ComponentConfigurationDTO configuration : configurations) {
                describe(component, description, configuration, lines);
            }
        }
        return lines;
    }

    private static void describe(String component, ComponentDescriptionDTO description,
            ComponentConfigurationDTO configuration, List<String> lines) {
        switch (configuration.state) {
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> {
                for (UnsatisfiedReferenceDTO unsatisfied : configuration.unsatisfiedReferences) {
                    lines.add(component + " waits for a service " + interfaceOf(description, unsatisfied.name)
                            + (unsatisfied.target == null ? "" : " matching " + unsatisfied.target)
                            + " (reference " + unsatisfied.name + "); no registered service fits");
                }
            }
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> lines.add(component + " waits for configuration "
                    + String.join(" or ", description.configurationPid) + "; create it in Configuration Admin");
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> lines.add(component + " failed to activate: "
                    + StartFailure.firstLine(configuration.failure));
            default -> { }
        }
    }

    private static String interfaceOf(ComponentDescriptionDTO description, String referenceName) {
        for (ReferenceDTO reference : description.references) {
            if (reference.name.equals(referenceName)) {
                return reference.interfaceName;
            }
        }
        return referenceName;
    }
}
