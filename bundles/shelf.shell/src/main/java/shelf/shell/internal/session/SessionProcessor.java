package shelf.shell.internal.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.gogo.runtime.CommandProxy;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSessionListener;
import org.apache.felix.service.command.Converter;
import org.apache.felix.service.threadio.ThreadIO;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.security.CommandAccess;
import shelf.shell.internal.security.GuardedProcessor;
import shelf.shell.internal.security.SessionSubjects;

/**
 * The Gogo processor of Shelf's sessions: a {@link GuardedProcessor} that knows every osgi.command service,
 * converter and session listener, the way gogo.runtime's activator feeds its own processor (which Shelf's
 * sessions do not use: it checks nothing).
 */
@Component(service = SessionProcessor.class)
public class SessionProcessor {
    private static final String COMMANDS = "(&(" + CommandProcessor.COMMAND_SCOPE + "=*)("
            + CommandProcessor.COMMAND_FUNCTION + "=*))";

    private final GuardedProcessor processor;
    private final BundleContext context;
    private final Map<ServiceReference<?>, List<CommandProxy>> commands = new HashMap<>();
    private final ServiceListener listener = this::serviceChanged;

    @Activate
    public SessionProcessor(@Reference ThreadIO threadIO, @Reference CommandAccess access,
            @Reference SessionSubjects subjects, BundleContext context) throws InvalidSyntaxException {
        this.context = context;
        processor = new GuardedProcessor(threadIO, access, subjects);
        // what gogo.runtime's processor offers an admin's scripts
        processor.addConstant(".context", context);
        processor.addCommand("osgi", processor, "addCommand");
        processor.addCommand("osgi", processor, "removeCommand");
        processor.addCommand("osgi", processor, "eval");
        context.addServiceListener(listener, COMMANDS);
        ServiceReference<?>[] present = context.getServiceReferences((String) null, COMMANDS);
        if (present != null) {
            for (ServiceReference<?> reference : present) {
                add(reference);
            }
        }
    }

    public GuardedProcessor processor() {
        return processor;
    }

    @Deactivate
    void deactivate() {
        context.removeServiceListener(listener);
        processor.stop();
    }

    private void serviceChanged(ServiceEvent event) {
        switch (event.getType()) {
            case ServiceEvent.REGISTERED -> add(event.getServiceReference());
            case ServiceEvent.UNREGISTERING, ServiceEvent.MODIFIED_ENDMATCH -> remove(event.getServiceReference());
            default -> { }
        }
    }

    /** As gogo.runtime's activator: one proxy a function, which gets the service only while a command runs. */
    private synchronized void add(ServiceReference<?> reference) {
        Object scope = reference.getProperty(CommandProcessor.COMMAND_SCOPE);
        Object functions = reference.getProperty(CommandProcessor.COMMAND_FUNCTION);
        int ranking = reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer rank ? rank : 0;
        if (commands.containsKey(reference)) {
            return;
        }
        List<CommandProxy> proxies = new ArrayList<>();
        commands.put(reference, proxies);
        for (Object function : functions instanceof Object[] many ? many : new Object[] {functions}) {
            CommandProxy proxy = new CommandProxy(context, reference, function.toString());
            proxies.add(proxy);
            processor.addCommand(scope.toString(), proxy, function.toString(), ranking);
        }
    }

    private synchronized void remove(ServiceReference<?> reference) {
        List<CommandProxy> proxies = commands.remove(reference);
        if (proxies != null) {
            proxies.forEach(processor::removeCommand);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addConverter(Converter converter) {
        processor.addConverter(converter);
    }

    void removeConverter(Converter converter) {
        processor.removeConverter(converter);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(CommandSessionListener listener) {
        processor.addListener(listener);
    }

    void removeListener(CommandSessionListener listener) {
        processor.removeListener(listener);
    }
}
