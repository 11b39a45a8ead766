package shelf.publish.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.media.ImageRole;
import shelf.api.media.ProcessedImages;

/**
 * The images a platform gets: for each local image, what images:process made of it for the channel's
 * profile; the merchant's original only where nothing was made, and then the job's note says which. URLs go
 * as they are.
 */
final class SentImages {
    /** The product as it is sent, and the note for the job ("" when every local image was processed). */
    record Sent(Product product, String note) {}

    private SentImages() {}

    /** @param processed the image pipeline's outputs, or null when it is not installed */
    static Sent of(Product product, String channel, ProcessedImages processed) {
        List<String> originals = new ArrayList<>();
        List<String> main = replaced(product.mainImages(), ImageRole.MAIN, channel, processed, originals);
        List<String> detail = replaced(product.detailImages(), ImageRole.DETAIL, channel, processed, originals);
        // each SKU's own picture was made with the main profile (images:process), as the main images
        List<String> pictures = replaced(product.skus().stream().map(Sku::image).filter(i -> !i.isEmpty()).toList(),
                ImageRole.MAIN, channel, processed, originals);
        List<Sku> skus = new ArrayList<>(product.skus().size());
        int next = 0;
        for (Sku sku : product.skus()) {
            skus.add(sku.image().isEmpty() ? sku : sku.withImage(pictures.get(next++)));
        }
        if (originals.isEmpty() && main.equals(product.mainImages()) && detail.equals(product.detailImages())
                && skus.equals(product.skus())) {
            return new Sent(product, "");
        }
        Product sent = new Product(product.merchant(), product.spuCode(), product.title(), product.subtitle(),
                product.categoryPath(), product.brand(), product.attributes(), product.description(), product.tags(),
                main, detail, product.video(), product.shippingTemplate(), product.returnPolicy(), product.dispatchHours(),
                skus);
        return new Sent(sent, originals.isEmpty() ? "" : note(originals, channel, processed == null));
    }

    private static List<String> replaced(List<String> sources, ImageRole role, String channel, ProcessedImages processed,
            List<String> originals) {
        List<String> out = new ArrayList<>(sources.size());
        for (String source : sources) {
            if (source.startsWith("http://") || source.startsWith("https://")) {
                out.add(source);
                continue;
            }
            Optional<Path> made = processed == null ? Optional.empty() : lookup(processed, source, role, channel);
            if (made.isPresent()) {
                out.add(made.get().toString());
            } else {
                out.add(source);
                originals.add(source);
            }
        }
        return out;
    }

    /** A pipeline that fails to answer is taken as having made nothing: the original goes, with the note. */
    private static Optional<Path> lookup(ProcessedImages processed, String source, ImageRole role, String channel) {
        try {
            Optional<Path> found = processed.forChannel(source, role, channel);
            return found == null ? Optional.empty() : found;
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** "sent 2 original images, not processed for taobao: a.jpg, b.jpg — run images:process BATCH first". */
    private static String note(List<String> originals, String channel, boolean noPipeline) {
        List<String> names = originals.stream().distinct().map(s -> {
            Path name = Path.of(s).getFileName();
            return name == null ? s : name.toString();
        }).toList();
        String shown = String.join(", ", names.subList(0, Math.min(3, names.size())))
                + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
        return "sent " + names.size() + (names.size() == 1 ? " original image" : " original images") + ", not processed for "
                + channel + ": " + shown + (noPipeline ? " — the images feature is not installed"
                        : " — run images:process BATCH before publishing");
    }
}
