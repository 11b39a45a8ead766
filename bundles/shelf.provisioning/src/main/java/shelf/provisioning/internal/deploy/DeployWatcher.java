package shelf.provisioning.internal.deploy;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.deploy.DeployHandler;
import shelf.api.deploy.DeployStatus;
import shelf.api.deploy.DeployedFile;
import shelf.provisioning.internal.framework.ShelfProperties;

/**
 * Watches SHELF_HOME/deploy on its own thread and hands each file, once it has stopped changing, to the
 * first deploy handler that takes it. On start it reconciles the folder with data/deploy.json.
 */
@Component(service = DeployStatus.class, immediate = true)
public class DeployWatcher implements DeployStatus {
    private static final System.Logger LOG = System.getLogger(DeployWatcher.class.getName());
    /** How long a file must keep its size and time before it is taken as completely written. */
    static final long QUIET_MILLIS = 100;
    /** How often waiting files are looked at again; small, so a jar is active well within 500 ms. */
    private static final long WAITING_POLL_MILLIS = 20;
    /** When nothing waits the thread sleeps in the WatchService; this only bounds how late a stop is noticed. */
    private static final long IDLE_POLL_MILLIS = 1000;

    private final DeployHandlers handlers = new DeployHandlers();
    private final AtomicBoolean rescan = new AtomicBoolean(true);
    /** File name → when it started waiting, for files() while they are being written. */
    private final Map<String, Instant> waitingSince = new ConcurrentHashMap<>();
    private final QuietPeriod quiet = new QuietPeriod(QUIET_MILLIS);

    private Path folder;
    private DeployLedger ledger;
    private FileDeployer deployer;
    private volatile boolean running;
    private volatile WatchService watchService;
    private Thread thread;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHandler(DeployHandler handler, Map<String, Object> properties) {
        handlers.add(handler, properties);
        rescan.set(true); // files no handler took, or waiting for this one, get another chance
    }

    void removeHandler(DeployHandler handler) {
        handlers.remove(handler);
    }

    @Activate
    public void activate(BundleContext context) {
        Path home = new ShelfProperties(context).home();
        folder = home.resolve("deploy");
        ledger = new DeployLedger(home.resolve("data").resolve("deploy.json"));
        ledger.load();
        deployer = new FileDeployer(folder, handlers, ledger, System::currentTimeMillis);
        running = true;
        thread = new Thread(this::watch, "shelf-deploy-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    @Deactivate
    public void deactivate() throws InterruptedException {
        running = false;
        WatchService service = watchService;
        if (service != null) {
            try {
                service.close(); // wakes the thread out of poll()
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing the deploy watch service: {0}", e.getMessage());
            }
        }
        // A handler may be installing a bundle; let it finish rather than interrupt it half-way.
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public List<DeployedFile> files() {
        Map<String, DeployedFile> byName = new TreeMap<>();
        for (DeployRecord record : ledger.all()) {
            byName.put(record.name(), current(record));
        }
        waitingSince.forEach((name, since) -> {
            DeployedFile known = byName.get(name);
            byName.put(name, new DeployedFile(name, known == null ? "" : known.kind(), DeployedFile.State.WAITING,
                    "still being written; taken when it stops changing", since));
        });
        return List.copyOf(byName.values());
    }

    /** A deployed file as its handler sees it now (a rule pack rolled back, say), else as it was deployed. */
    private DeployedFile current(DeployRecord record) {
        DeployedFile recorded = record.toDeployedFile();
        if (record.state() != DeployedFile.State.DEPLOYED) {
            return recorded;
        }
        try {
            String now = handlers.ofKind(record.kind()).map(e -> e.handler().status(folder.resolve(record.name())))
                    .orElse(null);
            return now == null || now.isBlank() ? recorded
                    : new DeployedFile(recorded.name(), recorded.kind(), recorded.state(), now, recorded.when());
        } catch (Throwable e) { // status() never throws, by contract; a handler that does shows what it deployed
            LOG.log(Level.DEBUG, "deploy handler {0} failed to tell the status of {1}: {2}", record.kind(),
                    record.name(), e.toString());
            return recorded;
        }
    }

    private void watch() {
        try (WatchService service = folder.getFileSystem().newWatchService()) {
            watchService = service;
            Files.createDirectories(folder);
            // Registered before the first scan, so nothing written meanwhile is missed.
            folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            while (running) {
                try {
                    watchOnce(service);
                } catch (ClosedWatchServiceException e) {
                    throw e;
                } catch (IOException | RuntimeException | Error e) {
                    // Whatever failed (a full disk, memory short for a moment), the folder stays watched.
                    LOG.log(Level.ERROR, "the deploy folder " + folder + " could not be looked at (" + e
                            + "); looking again in a second", e);
                    rescan.set(true);
                    Thread.sleep(IDLE_POLL_MILLIS);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // Deactivated.
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.ERROR, "the deploy folder " + folder + " is no longer watched: " + e, e);
        }
    }

    private void watchOnce(WatchService service) throws IOException, InterruptedException {
        if (rescan.getAndSet(false)) {
            scan();
        }
        WatchKey key = service.poll(quiet.isEmpty() ? IDLE_POLL_MILLIS : WAITING_POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (key != null) {
            handleEvents(key);
        }
        takeSettledFiles();
    }

    private void handleEvents(WatchKey key) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                rescan.set(true); // events were lost: compare the whole folder again
            } else if (event.context() instanceof Path relative) {
                String name = relative.toString();
                if (event.kind() == ENTRY_DELETE) {
                    gone(name);
                } else {
                    look(name);
                }
            }
        }
        key.reset();
    }

    /** Compares the folder with the ledger: new or changed files wait to settle, vanished ones are removed. */
    private void scan() throws IOException {
        Set<String> present = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                present.add(file.getFileName().toString());
            }
        }
        for (String name : present) {
            if (isCandidate(name)) {
                look(name);
            }
        }
        for (DeployRecord record : ledger.all()) {
            if (!present.contains(record.name())) {
                gone(record.name());
            }
        }
    }

    /** A file appeared or changed: wait for it to settle unless it is exactly as already handled. */
    private void look(String name) {
        if (!isCandidate(name)) {
            return;
        }
        BasicFileAttributes attributes = attributes(name);
        if (attributes == null || !attributes.isRegularFile()) {
            return;
        }
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        boolean handled = ledger.get(name)
                .filter(r -> r.unchanged(size, modified) && r.state() != DeployedFile.State.IGNORED
                        && r.state() != DeployedFile.State.WAITING)
                .isPresent();
        if (handled && !waitingSince.containsKey(name)) {
            return;
        }
        quiet.observe(name, size, modified, System.currentTimeMillis());
        waitingSince.putIfAbsent(name, Instant.now());
    }

    private void gone(String name) {
        quiet.forget(name);
        waitingSince.remove(name);
        deployer.remove(name);
    }

    private void takeSettledFiles() {
        long now = System.currentTimeMillis();
        // Look again at every waiting file: some writers change a file without the events keeping up.
        for (String name : quiet.names()) {
            BasicFileAttributes attributes = attributes(name);
            if (attributes == null) {
                gone(name);
            } else {
                quiet.observe(name, attributes.size(), attributes.lastModifiedTime().toMillis(), now);
            }
        }
        for (String name : quiet.settled(now)) {
            waitingSince.remove(name);
            BasicFileAttributes attributes = attributes(name);
            if (attributes == null) {
                gone(name);
            } else {
                deployer.deploy(name, attributes.size(), attributes.lastModifiedTime().toMillis());
            }
        }
    }

    private BasicFileAttributes attributes(String name) {
        try {
            return Files.readAttributes(folder.resolve(name), BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** Hidden files and the temporary files of editors and downloads are never deployed. */
    static boolean isCandidate(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return !name.startsWith(".") && !lower.endsWith(".tmp") && !lower.endsWith(".part") && !name.endsWith("~");
    }
}
