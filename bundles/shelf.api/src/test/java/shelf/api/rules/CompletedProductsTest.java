package shelf.api.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.BatchProducts;
import shelf.api.catalog.StoredProduct;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

class CompletedProductsTest {
    /** a/1, a/2, a/3, b/1, b/2: merchant then SPU code, the batch's order */
    private static final List<String[]> KEYS = List.of(new String[] {"a", "1"}, new String[] {"a", "2"},
            new String[] {"a", "3"}, new String[] {"b", "1"}, new String[] {"b", "2"});

    private final BatchProducts batch = new BatchProducts() {
        public int size() {
            return KEYS.size();
        }

        public String merchant(int at) {
            return KEYS.get(at)[0];
        }

        public String spuCode(int at) {
            return KEYS.get(at)[1];
        }

        public List<StoredProduct> read(int from, int to) {
            // CompletedProducts works from the batch's keys alone: reading a product would fail the test
            throw new UnsupportedOperationException("not read");
        }
    };

    private static Finding of(String merchant, String spu) {
        return new Finding("c", Severity.ERROR, merchant, spu, "", "", null, "", "p@1");
    }

    @Test
    void theProductsBeforeAPartsLastFindingAreComplete() {
        CompletedProducts completed = new CompletedProducts(batch);
        assertEquals(0, completed.advance(List.of()), "no findings: nothing known yet");
        assertEquals(2, completed.advance(List.of(of("a", "1"), of("a", "3"))), "a/1 and a/2, not a/3: it may have more");
        assertEquals(2, completed.end());
        assertEquals(4, completed.advance(List.of(of("a", "3"), of("b", "2"))));
    }

    @Test
    void aFindingOfAProductAlreadyCompleteStops() {
        CompletedProducts completed = new CompletedProducts(batch);
        completed.advance(List.of(of("b", "1")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> completed.advance(List.of(of("a", "2"))));
        assertEquals("the rule engine gave a finding of a/2 after later products — not in the batch's order", e.getMessage());
    }
}
