package shelf.catalog.internal;

import java.nio.file.Path;
import java.util.List;

import shelf.api.catalog.ImportedProduct;
import shelf.catalog.spi.BatchWriter;
import shelf.core.internal.database.CatalogDatabase;

/**
 * The child process of {@link KillDuringStoreTest}: starts a large batch, says "halfway" once half of it is
 * in the open transaction, then goes on slowly so that it is still mid-transaction when it is killed.
 */
public final class StoreUntilKilled {
    private StoreUntilKilled() {}

    public static void main(String[] args) throws Exception {
        H2CatalogStore store = new H2CatalogStore();
        store.open(CatalogDatabase.open(Path.of(args[0])));
        int count = Integer.parseInt(args[1]);
        List<ImportedProduct> products = TestProducts.many(count, 2);
        try (BatchWriter writer = store.begin("m1", "大批量.xlsx", "商品", "ops")) {
            for (int i = 0; i < count; i++) {
                writer.add(products.get(i));
                if (i == count / 2) {
                    System.out.println("halfway");
                    System.out.flush();
                }
                if (i > count / 2) {
                    Thread.sleep(1);
                }
            }
            writer.commit("m1", count * 2, List.of());
        }
        System.out.println("committed"); // never reached when the test works
    }
}
