package shelf.image.standard.internal;

import shelf.api.media.MediaException;
import shelf.api.finding.Finding;

/** An image that cannot be processed, with the finding that says why. */
final class ImageFailure extends MediaException {
    private static final long serialVersionUID = 1L;

    private final transient Finding finding;

    ImageFailure(ImageProblem problem, Object... args) {
        super(problem.message(args));
        this.finding = problem.finding(args);
    }

    Finding finding() {
        return finding;
    }
}
