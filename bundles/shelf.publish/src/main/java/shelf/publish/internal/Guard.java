package shelf.publish.internal;

import shelf.api.catalog.CatalogException;
import shelf.api.publish.PublishException;

/** A catalogue failure as the publishing service reports it: the same sentence, as a PublishException. */
final class Guard {
    private Guard() {}

    @FunctionalInterface
    interface Store<T> {
        T get() throws CatalogException;
    }

    static <T> T of(Store<T> work) throws PublishException {
        try {
            return work.get();
        } catch (CatalogException e) {
            throw new PublishException(e.getMessage(), e);
        }
    }
}
