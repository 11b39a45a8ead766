package shelf.channel.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The form encoding written out by hand gives what URLEncoder gives: the platforms sign and read these bytes. */
class FormEncodingTest {
    @Test
    void encodesAsUrlEncoderDoes() {
        for (String text : new String[] {"", "abc XYZ 019", ".-*_~!'()+&=%/?#", "纯棉圆领短袖T恤 雾霾蓝", "表情😀符号",
                "é ü ß", "a\u0000b\u007f", "lone \ud800 high", "lone \udc00 low", "end \ud83d"}) {
            assertEquals(URLEncoder.encode(text, StandardCharsets.UTF_8), PlatformHttp.encode(text), text);
        }
        Random random = new Random(14);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
            }
            String s = text.toString();
            assertEquals(URLEncoder.encode(s, StandardCharsets.UTF_8), PlatformHttp.encode(s), s);
        }
    }

    @Test
    void joinsAFormWithAmpersands() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("method", "taobao.item.add");
        form.put("title", "纯棉 T恤");
        form.put("empty", "");
        assertEquals("method=taobao.item.add&title=%E7%BA%AF%E6%A3%89+T%E6%81%A4&empty=", PlatformHttp.form(form));
    }
}
