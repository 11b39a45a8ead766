package shelf.api.publish;

import java.util.Locale;

/** What a job sends. */
public enum JobKind {
    /** The whole product: a new listing when the channel has none, else an update of the existing one. */
    PUBLISH,
    /** One SKU's sale price, to a live listing. */
    PRICE,
    /** One SKU's stock, to a live listing. */
    STOCK;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
