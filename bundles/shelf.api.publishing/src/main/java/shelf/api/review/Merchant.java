package shelf.api.review;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A merchant whose products the team lists.
 *
 * @param id the id products carry (商家)
 * @param name the display name, or empty
 * @param annualSales annual sales in yuan, exact
 * @param vip whether the annual sales are above the configured threshold
 * @param updatedAt when last set
 * @param updatedBy who last set it
 */
public record Merchant(String id, String name, BigDecimal annualSales, boolean vip, Instant updatedAt,
        String updatedBy) {}
