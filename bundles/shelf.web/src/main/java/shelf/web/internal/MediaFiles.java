package shelf.web.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import shelf.api.catalog.Product;
import shelf.api.media.ImageRole;
import shelf.api.media.ProcessedImages;
import shelf.api.review.ReviewException;

/**
 * A product's images for the product page: the processed file images:process made (what buyers will see,
 * served byte for byte so the browser shows it at its real size) or the merchant's original. The product is
 * looked up through the review service with the user's subject, so an image outside the scope is not there.
 */
final class MediaFiles {
    private final WebWorkbench web;

    MediaFiles(WebWorkbench web) {
        this.web = web;
    }

    void serve(Exchange x) throws Exception {
        Product p;
        try {
            p = web.review.show(x.session.subject, x.query("p")).product().product();
        } catch (ReviewException notThere) {
            throw new Router.NotFound(notThere.getMessage());
        }
        boolean main = !x.query("role").equals("detail");
        List<String> sources = main ? p.mainImages() : p.detailImages();
        int i;
        try {
            i = Integer.parseInt(x.query("i"));
        } catch (NumberFormatException notANumber) {
            throw new Router.NotFound("图片编号不对 No such image number: " + x.query("i"));
        }
        if (i < 0 || i >= sources.size()) {
            throw new Router.NotFound("没有这张图片 No such image: " + i);
        }
        String source = sources.get(i);
        Path file;
        if (x.query("kind").equals("original")) {
            if (source.startsWith("http://") || source.startsWith("https://")) {
                throw new Router.NotFound("原图是网址，不在本机 The original is a URL, not a file here: " + source);
            }
            Optional<String> refused = web.mediaRoots.refusalAtRead(source);
            if (refused.isPresent()) {
                throw new Router.NotFound(source + " " + refused.get());
            }
            file = Path.of(source);
        } else {
            ProcessedImages images = web.processed;
            Optional<Path> made = images == null ? Optional.empty()
                    : images.forChannel(source, main ? ImageRole.MAIN : ImageRole.DETAIL, "");
            if (made.isEmpty()) {
                throw new Router.NotFound("这张图片还没有处理 Not processed yet — run images:process for its batch: " + source);
            }
            file = made.get();
        }
        if (!Files.isRegularFile(file)) {
            throw new Router.NotFound("文件不在了 The file is gone: " + file);
        }
        x.send(200, type(file), Files.readAllBytes(file));
    }

    private static String type(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".webp")) {
            return "image/webp";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".gif")) {
            return "image/gif";
        }
        return name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : "application/octet-stream";
    }
}
