package com.example.gtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.finding.Severity;
import shelf.api.rules.CheckedRule;
import shelf.api.rules.ProductCheck;
import shelf.api.rules.RuleFindings;

/** The check as Shelf's rule engine calls it: prepared from a rule, then given products. */
class GtinPrefixCheckTest {
    private final GtinPrefixCheck check = new GtinPrefixCheck();

    /** A rule on skus.barcode with these parameters, as the engine hands it over. */
    private static CheckedRule rule(Map<String, Object> parameters) {
        return new CheckedRule() {
            @Override public String pack() { return "gs1@1.0.0"; }
            @Override public String id() { return "cn-prefix"; }
            @Override public String code() { return "barcode.not-chinese"; }
            @Override public Severity severity() { return Severity.WARNING; }
            @Override public String field() { return "skus.barcode"; }
            @Override public boolean perSku() { return true; }
            @Override public Object value(Product product) { return null; }
            @Override public Object value(Sku sku) { return sku.barcode(); }
            @Override public Map<String, Object> parameters() { return parameters; }
        };
    }

    private static Sku sku(String code, String barcode) {
        return new Sku(code, barcode, Map.of(), null, new BigDecimal("59.00"), null, null, 10, null);
    }

    private static Product product(Sku... skus) {
        return new Product("acme", "SPU-1", "纯棉T恤", "", "服饰鞋包/女装/T恤", "", Map.of(), "", List.of(), List.of(),
                List.of(), "", "", "", 48, List.of(skus));
    }

    @Test
    void aBarcodeOutsideThePrefixesIsFoundOncePerSku() {
        ProductCheck prepared = check.prepare(rule(Map.of("prefixes", List.of("690", "691"))));
        List<String> found = new ArrayList<>();
        prepared.check(product(sku("A", "6901234567892"), sku("B", "4006381333931"), sku("C", "")), null, new RuleFindings() {
            @Override
            public void add(Sku sku, Object value, String detail) {
                found.add(sku.skuCode() + " " + value + " " + detail);
            }

            @Override
            public void add(String field, Sku sku, Object value, String detail) {
                throw new AssertionError("the check reports on its own field");
            }

            @Override
            public void spend() {
            }
        });

        assertEquals(List.of("B 4006381333931 前缀 400"), found);
    }

    @Test
    void aRuleWithoutPrefixesIsRefusedWithWhatToWrite() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> check.prepare(rule(Map.of("prefixes", List.of(new BigDecimal("690"))))));

        assertEquals("\"prefixes\" must be a non-empty list of GS1 prefixes (digits), such as [\"690\", \"691\"]",
                refused.getMessage());
    }
}
