package shelf.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import shelf.api.catalog.SourceCell;
import shelf.api.catalog.Sku;
import shelf.catalog.spi.SourceCodec;

/**
 * A product's source cells, decoded when first asked for. Validation holds every product of a batch at
 * once but looks up a cell only for the few values that raise a finding; decoded eagerly, a 100,000-row
 * batch's 2.8 million cells would take a few hundred megabytes of heap for nothing. Once decoded they are
 * kept softly: a batch whose every product has a finding would otherwise end up holding every cell after all
 * (15 KB a product of 28 columns and four SKUs), and the collector may take them back to decode again.
 */
final class LazySources extends AbstractMap<String, SourceCell> {
    private final byte[] encoded;
    private final List<Sku> skus;
    private final String file;
    private final String sheet;
    private volatile java.lang.ref.SoftReference<Map<String, SourceCell>> decoded;
    /** The text, kept softly like the map: a product's findings each ask for a cell, several of them a product. */
    private volatile java.lang.ref.SoftReference<String> text;

    LazySources(byte[] encoded, List<Sku> skus, String file, String sheet) {
        this.encoded = encoded;
        this.skus = skus;
        this.file = file;
        this.sheet = sheet;
    }

    private Map<String, SourceCell> decoded() {
        java.lang.ref.SoftReference<Map<String, SourceCell>> kept = decoded;
        Map<String, SourceCell> map = kept == null ? null : kept.get();
        if (map == null) {
            map = SourceCodec.decode(new String(encoded, StandardCharsets.UTF_8), skus, file, sheet);
            decoded = new java.lang.ref.SoftReference<>(map);
        }
        return map;
    }

    @Override
    public Set<Entry<String, SourceCell>> entrySet() {
        return decoded().entrySet();
    }

    /** One cell is found in the text without decoding the others (unless they are decoded already). */
    @Override
    public SourceCell get(Object key) {
        java.lang.ref.SoftReference<Map<String, SourceCell>> kept = decoded;
        Map<String, SourceCell> map = kept == null ? null : kept.get();
        if (map != null) {
            return map.get(key);
        }
        return key instanceof String path ? SourceCodec.find(text(), path, skus, file, sheet) : null;
    }

    private String text() {
        java.lang.ref.SoftReference<String> kept = text;
        String decodedText = kept == null ? null : kept.get();
        if (decodedText == null) {
            decodedText = new String(encoded, StandardCharsets.UTF_8);
            text = new java.lang.ref.SoftReference<>(decodedText);
        }
        return decodedText;
    }

    @Override
    public boolean containsKey(Object key) {
        return decoded().containsKey(key);
    }

    @Override
    public int size() {
        return decoded().size();
    }

    @Override
    public boolean isEmpty() {
        return encoded.length == 0;
    }
}
