package shelf.publish.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import shelf.api.catalog.CatalogException;
import shelf.api.publish.Outbox;

/** What each channel holds of our products (channel_listing), beyond what the job queue writes itself. */
final class ListingRecords {
    private final JobRecords records;

    /** A product live on a channel, stored or replaced: channel, merchant, spu_code, listing_id, sku_codes, sku_ids, digest, published_at. */
    static final String UPSERT = "MERGE INTO channel_listing t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
            + "CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BYTEA), CAST(? AS BIGINT))) "
            + "AS s (channel, merchant, spu_code, listing_id, sku_codes, sku_ids, digest, published_at) "
            + "ON t.channel = s.channel AND t.merchant = s.merchant AND t.spu_code = s.spu_code "
            + "WHEN MATCHED THEN UPDATE SET listing_id = s.listing_id, sku_codes = s.sku_codes, "
            + "sku_ids = s.sku_ids, digest = s.digest, published_at = s.published_at "
            + "WHEN NOT MATCHED THEN INSERT (channel, merchant, spu_code, listing_id, sku_codes, sku_ids, digest, published_at) "
            + "VALUES (s.channel, s.merchant, s.spu_code, s.listing_id, s.sku_codes, s.sku_ids, s.digest, s.published_at)";

    ListingRecords(JobRecords records) {
        this.records = records;
    }

    /**
     * Records products found live on a channel that we did not list (a pulled shop). What was sent is not
     * known, so the digest is empty: the next publish there sends an update.
     */
    void recordLive(List<Outbox.Listing> listed) throws CatalogException {
        long now = System.currentTimeMillis();
        records.work("record the listings in", c -> {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(UPSERT)) {
                for (Outbox.Listing l : listed) {
                    s.setString(1, l.channel());
                    s.setString(2, l.merchant());
                    s.setString(3, l.spuCode());
                    s.setString(4, l.listingId());
                    s.setString(5, "|" + String.join("|", l.skuCodes()) + "|");
                    s.setString(6, "{}");
                    s.setBytes(7, new byte[32]);
                    s.setLong(8, now);
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
            return null;
        });
    }

    /** Where products with this SKU code are live. */
    List<Outbox.Listing> liveWithSku(String merchant, String skuCode) throws CatalogException {
        return records.work("find the listings of SKU " + skuCode + " in", c -> {
            String sql = "SELECT channel, merchant, spu_code, listing_id FROM channel_listing WHERE sku_codes LIKE ? ESCAPE '!'"
                    + (merchant.isEmpty() ? "" : " AND merchant = ?") + " ORDER BY channel, merchant";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, "%|" + skuCode.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "|%");
                if (!merchant.isEmpty()) {
                    s.setString(2, merchant);
                }
                List<Outbox.Listing> live = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        live.add(new Outbox.Listing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), List.of()));
                    }
                }
                return live;
            }
        });
    }
}
