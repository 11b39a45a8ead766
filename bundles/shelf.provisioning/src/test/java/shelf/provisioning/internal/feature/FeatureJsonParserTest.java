package shelf.provisioning.internal.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FeatureJsonParserTest {
    private final FeatureJsonParser parser = new FeatureJsonParser();

    @Test
    void readsAFeatureWithBundlesAndConfigurations() throws Exception {
        String json = """
                {
                  "feature-resource-version": "1.0",
                  "id": "shelf:channel-douyin:0.1.0",
                  "name": "Douyin shop",
                  "description": "Publishes to the Douyin shop.",
                  // comments are allowed by the Feature Service format
                  "bundles": [
                    { "id": "shelf:shelf.channel.douyin:0.1.0", "start-order": "2" },
                    "org.osgi:org.osgi.util.function:1.2.0"
                  ],
                  "configurations": {
                    "shelf.channel.douyin": {
                      "endpoint": "https://open.douyin.com",
                      "retries": 3,
                      "timeout:Integer": "30",
                      "rate": 1.5,
                      "sandbox": true,
                      "categories": ["服装", "食品"],
                      ":configurator:policy": "force"
                    }
                  }
                }
                """;

        Feature feature = parser.parse("channel-douyin.json", json);

        assertEquals("channel-douyin", feature.name());
        assertEquals("shelf:channel-douyin:0.1.0", feature.id().toString());
        assertEquals("Douyin shop", feature.title());
        assertEquals(List.of(
                new FeatureBundle(MavenCoordinates.parse("shelf:shelf.channel.douyin:0.1.0"), 2),
                new FeatureBundle(MavenCoordinates.parse("org.osgi:org.osgi.util.function:1.2.0"), 0)),
                feature.bundles());
        Map<String, Object> properties = feature.configurations().get("shelf.channel.douyin");
        assertEquals("https://open.douyin.com", properties.get("endpoint"));
        assertEquals(3L, properties.get("retries"));
        assertEquals(30, properties.get("timeout"));
        assertEquals(1.5, properties.get("rate"));
        assertEquals(true, properties.get("sandbox"));
        assertArrayEquals(new String[] {"服装", "食品"}, (String[]) properties.get("categories"));
        assertEquals(6, properties.size(), "the :configurator: key is an instruction, not a property");
    }

    @Test
    void aFileThatIsNotJsonNamesTheFileAndThePlace() {
        String json = """
                {
                  "id": "shelf:broken:1.0",
                  "bundles": [ { "id": "a:b:1.0" }
                }
                """;

        MalformedFeatureException e = assertThrows(MalformedFeatureException.class,
                () -> parser.parse("features/broken.json", json));

        assertTrue(e.getMessage().startsWith("features/broken.json is not valid JSON: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void aMissingIdSaysHowToWriteIt() {
        MalformedFeatureException e = assertThrows(MalformedFeatureException.class,
                () -> parser.parse("x.json", "{ \"bundles\": [] }"));

        assertEquals("x.json: \"id\" is missing; write \"id\": \"group:artifact:version\"", e.getMessage());
    }

    @Test
    void aBadBundleIdNamesTheEntry() {
        MalformedFeatureException e = assertThrows(MalformedFeatureException.class,
                () -> parser.parse("x.json", "{ \"id\": \"g:x:1\", \"bundles\": [ \"g:a:1\", { \"id\": \"only-a-name\" } ] }"));

        assertEquals("x.json: bundles[1]: 'only-a-name' is not a Maven id: write group:artifact:version "
                + "(or group:artifact:type[:classifier]:version)", e.getMessage());
    }

    @Test
    void aBadlyTypedValueNamesThePidAndKey() {
        MalformedFeatureException e = assertThrows(MalformedFeatureException.class, () -> parser.parse("x.json",
                "{ \"id\": \"g:x:1\", \"configurations\": { \"my.pid\": { \"port:Integer\": \"eighty\" } } }"));

        assertEquals("x.json: configuration my.pid, property port:Integer: 'eighty' is not a Integer", e.getMessage());
    }
}
