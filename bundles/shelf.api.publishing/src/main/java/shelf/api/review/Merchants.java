package shelf.api.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.security.Subject;

/** The merchants and their tiers. */
@ProviderType
public interface Merchants {

    /** Creates or changes a merchant; a null name or sales keeps what is stored (empty and 0 for a new one). */
    Merchant set(String id, String name, BigDecimal annualSales, Subject by) throws ReviewException;

    /** Every merchant set so far, by id. */
    List<Merchant> list() throws ReviewException;

    Optional<Merchant> find(String id) throws ReviewException;

    /** The annual sales above which a merchant is VIP, in yuan. */
    BigDecimal vipThreshold();
}
