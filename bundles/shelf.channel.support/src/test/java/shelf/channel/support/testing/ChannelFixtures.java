package shelf.channel.support.testing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import shelf.api.catalog.Product;
import shelf.api.catalog.SourceCell;
import shelf.api.catalog.Sku;
import shelf.api.rules.BatchContext;
import shelf.api.finding.Finding;
import shelf.api.rules.RulePack;
import shelf.rules.engine.internal.RulePackReader;

/** What the adapters' tests share: a sample product and their rule pack read and run as the core does. */
public final class ChannelFixtures {
    private ChannelFixtures() {}

    /** A T-shirt in two colours and two sizes, 12.50 to 13.00 yuan. */
    public static Product tshirt(String title, int mainImages) {
        List<String> images = java.util.stream.IntStream.rangeClosed(1, mainImages)
                .mapToObj(i -> "https://img.shelf.example/spu/SPU-1/main_" + i + ".jpg").toList();
        return new Product("acme", "SPU-1", title, "", "服装>男装>T恤", "南极人", Map.of("材质", "纯棉"),
                "<p>纯棉圆领短袖T恤，透气吸汗</p>", List.of(), images, List.of(), "", "包邮", "七天无理由", 48, List.of(
                        sku("SPU-1-BK-M", "黑色", "M", "12.50", 30), sku("SPU-1-BK-L", "黑色", "L", "12.50", 20),
                        sku("SPU-1-WH-M", "白色", "M", "13.00", 10), sku("SPU-1-WH-L", "白色", "L", "13.00", 0)));
    }

    static Sku sku(String code, String colour, String size, String price, int stock) {
        Map<String, String> specs = new java.util.LinkedHashMap<>();
        specs.put("颜色", colour);
        specs.put("尺码", size);
        return new Sku(code, "", specs, null, new BigDecimal(price), null,
                new BigDecimal("39.00"), stock, null);
    }

    /** The codes the bundle's rule pack finds in a product when validating for the pack's own channel. */
    public static List<String> findings(Class<?> owner, String channel, Product product) throws IOException {
        return findings(owner, channel, channel, product);
    }

    /** The codes the pack {@code rules/<pack>.rules.json} finds in a product when validating for {@code channel}. */
    public static List<String> findings(Class<?> owner, String packId, String channel, Product product) throws IOException {
        RulePack pack = pack(owner, packId);
        if (!pack.appliesTo(product, channel)) {
            return List.of();
        }
        return pack.check(product, batch(product, channel)).stream().map(Finding::code).sorted().toList();
    }

    /** rules/{@code <channel>.rules.json} of the bundle, read by the core's reader (which refuses a bad pack). */
    public static RulePack pack(Class<?> owner, String channel) throws IOException {
        String resource = "rules/" + channel + ".rules.json";
        try (InputStream in = owner.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource);
            }
            return RulePackReader.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (shelf.rules.engine.spi.RulePackFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static BatchContext batch(Product product, String channel) {
        return new BatchContext() {
            @Override public List<Product> products() { return List.of(product); }
            @Override public String channel() { return channel; }
            @Override public SourceCell source(Product p, String fieldPath) { return null; }
            @Override public <T> T shared(String key, Function<List<Product>, T> compute) { return compute.apply(products()); }
        };
    }
}
