package shelf.image.standard.internal;

import java.util.List;

import shelf.api.catalog.SourceCell;
import shelf.api.catalog.StoredProduct;
import shelf.api.finding.Finding;

/**
 * One image of one product after processing.
 *
 * @param repeat the same source and profile appeared earlier in the batch: counted once
 * @param findings the outcome's findings, naming the product, the field and the spreadsheet cell
 */
record ImageResult(BatchImages.Job job, ImageWork.Outcome outcome, boolean repeat, List<Finding> findings) {

    static ImageResult of(BatchImages.Job job, ImageWork.Outcome outcome, boolean repeat) {
        StoredProduct p = job.product();
        String list = job.field().substring(0, job.field().indexOf('['));
        SourceCell cell = p.sources().getOrDefault(job.field(), p.sources().get(list));
        List<Finding> findings = outcome.findings().stream()
                .map(f -> new Finding(f.code(), f.severity(), p.product().merchant(), p.product().spuCode(), "",
                        job.field(), cell, f.message(), f.pack()))
                .toList();
        return new ImageResult(job, outcome, repeat, findings);
    }
}
