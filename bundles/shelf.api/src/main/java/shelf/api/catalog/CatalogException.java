package shelf.api.catalog;

/** The catalogue could not be read or written; the message says why in plain words. */
public class CatalogException extends Exception {
    private static final long serialVersionUID = 1L;

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }

    public CatalogException(String message) {
        super(message);
    }
}
