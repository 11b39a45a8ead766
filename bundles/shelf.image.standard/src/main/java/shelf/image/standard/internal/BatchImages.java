package shelf.image.standard.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.catalog.CatalogStore;
import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.ScopedBatch;
import shelf.api.catalog.Sku;
import shelf.api.catalog.StoredProduct;
import shelf.api.media.ImageProcessor;
import shelf.api.media.ImageProfile;
import shelf.api.media.ImageProfiles;
import shelf.api.media.ImageRole;
import shelf.api.media.MediaRoots;
import shelf.api.security.CommandAccess;
import shelf.api.security.Subject;

/**
 * Processes a batch's images on all cores: main images and each SKU's own picture with the main profile, detail
 * images with the detail profile (or every image of one role with the profile asked for). Each distinct source and profile is
 * processed once; what was processed before, in any batch, is reused from the media store. The outcome of
 * each image is written to SHELF_HOME/media/batches/BATCH.json for the stages after this one.
 */
@Component(service = BatchImages.class)
public class BatchImages {
    @Reference
    CatalogStore store;

    @Reference
    ImageProfiles profiles;

    @Reference
    CommandAccess access;

    /** Optional so the benchmark and tests run without a trail; in the runtime the core always has one. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile List<ImageProcessor> processors;

    private ConfiguredMedia media;
    /** Folders besides a spreadsheet's own its media may be in (framework property shelf.media.roots). */
    private MediaRoots mediaRoots = new MediaRoots(List.of());

    @Activate
    public void activate(BundleContext context) {
        media = ConfiguredMedia.of(context);
        mediaRoots = MediaRoots.parse(context.getProperty(MediaRoots.PROPERTY));
    }

    /** For tests and the benchmark: a store of its own. */
    void media(Path root) {
        media = ConfiguredMedia.at(root);
    }

    Path mediaRoot() {
        return media.store().root();
    }

    /** One image to make: a product's image for a profile. */
    record Job(StoredProduct product, String field, String source, ImageProfile profile) {}

    /**
     * @param profileName the profile to use for every image of its role, or empty for main + detail
     * @param start called once with the number of images before work starts; returns what is told of each
     *     finished image
     */
    BatchImageReport process(Subject subject, long batchId, String profileName, IntFunction<LongConsumer> start)
            throws CatalogException {
        if (!subject.isAdmin()) {
            access.check(subject, "images:process");
        }
        ScopedBatch scoped = store.inScope(subject, batchId);
        media.store(); // a media folder that cannot be used is told before any image is processed
        List<ImageProfile> chosen = chosen(profileName);
        List<Job> jobs = new ArrayList<>();
        for (StoredProduct product : store.products(Subject.SYSTEM, new ProductQuery(batchId, "", "", 0))) {
            if (!scoped.sees(product.product().merchant(), product.product().spuCode())) {
                continue; // another category's products are not the caller's to process
            }
            for (ImageProfile profile : chosen) {
                List<String> images = profile.role() == ImageRole.MAIN ? product.product().mainImages()
                        : product.product().detailImages();
                String list = profile.role() == ImageRole.MAIN ? "mainImages" : "detailImages";
                for (int i = 0; i < images.size(); i++) {
                    jobs.add(new Job(product, list + "[" + i + "]", images.get(i), profile));
                }
                if (profile.role() == ImageRole.MAIN) {
                    // an SKU's picture (its colour's photo) is what the platforms show as the main image when a buyer
                    // picks that SKU, so it gets the main profile; publishing sends what was made of it
                    for (Sku sku : product.product().skus()) {
                        if (!sku.image().isEmpty()) {
                            jobs.add(new Job(product, "skus[" + sku.skuCode() + "].image", sku.image(), profile));
                        }
                    }
                }
            }
        }
        LongConsumer progress = start.apply(jobs.size());
        long began = System.nanoTime();
        List<ImageResult> results = run(jobs, progress);
        BatchImageReport report = BatchImageReport.of(batchId, chosen, results, System.nanoTime() - began, media.store().root());
        try {
            media.store().writeJson("batches/" + batchId + ".json", report.manifest());
        } catch (IOException unwritable) {
            throw new IllegalStateException("cannot write " + media.store().root().resolve("batches") + ": " + unwritable.getMessage());
        }
        AuditLog log = audit;
        if (log != null) {
            log.append(AuditEntry.of(subject.name(), "images:process", List.of("batch:" + batchId), "", "",
                    report.counts()));
        }
        return report;
    }

    private List<ImageProfile> chosen(String profileName) {
        if (!profileName.isEmpty()) {
            return List.of(profiles.profile(profileName).orElseThrow(() -> new IllegalArgumentException(
                    "no image profile '" + profileName + "' — see images:profiles")));
        }
        List<ImageProfile> both = new ArrayList<>();
        both.add(profiles.profile("main").orElseThrow(() -> new IllegalStateException("the main profile is missing")));
        both.add(profiles.profile("detail").orElseThrow(() -> new IllegalStateException("the detail profile is missing")));
        return both;
    }

    private List<ImageResult> run(List<Job> jobs, LongConsumer progress) {
        ImageWork work = new ImageWork(media.store(), this::processorFor, mediaRoots);
        // the same file named twice (two products sharing a photo) is processed once: later jobs wait for it
        Map<String, Future<ImageWork.Outcome>> distinct = new LinkedHashMap<>();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "shelf-images");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ImageWork.Outcome>> futures = new ArrayList<>();
            for (Job job : jobs) {
                String key = job.source() + "\n" + job.profile().name();
                futures.add(distinct.computeIfAbsent(key, k -> pool.submit(() -> {
                    try {
                        return work.make(job.source(), job.profile());
                    } finally {
                        progress.accept(1);
                    }
                })));
            }
            List<ImageResult> results = new ArrayList<>();
            java.util.Set<Future<ImageWork.Outcome>> seen = new java.util.HashSet<>();
            for (int i = 0; i < jobs.size(); i++) {
                Future<ImageWork.Outcome> future = futures.get(i);
                results.add(ImageResult.of(jobs.get(i), get(future), !seen.add(future)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private ImageProcessor processorFor(Path file) {
        List<ImageProcessor> all = processors;
        String format;
        try {
            format = FormatSniffer.sniff(file).format();
        } catch (IOException unreadable) {
            format = "";
        }
        // DS hands the list in ascending ranking: the last that reads the format wins
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).reads(format)) {
                return all.get(i);
            }
        }
        return all.get(all.size() - 1); // it says what is wrong with the file
    }

    private static ImageWork.Outcome get(Future<ImageWork.Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException failed) {
            throw new IllegalStateException(failed.getCause().getMessage(), failed.getCause());
        }
    }

    Optional<ImageProfile> profile(String name) {
        return profiles.profile(name);
    }
}
