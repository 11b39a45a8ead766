package shelf.channel.wechat.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import shelf.api.channel.ChannelException;
import shelf.channel.support.ChannelSettings;
import shelf.channel.support.Json;
import shelf.channel.support.PlatformHttp;
import shelf.channel.support.Secret;

/**
 * The bytes of /channels/ec/basics/img/upload, compared with what WxJava sends (binarywang/WxJava,
 * weixin-java-channel: WxChannelBasicServiceImpl.uploadImg and ChannelFileUploadRequestExecutor) and with the
 * platform's document (developers.weixin.qq.com/doc/store/API/basics/img_upload.html): upload_type and
 * resp_type in the URL; {"img_url": …} for upload_type 1; for upload_type 0 the file as the multipart field
 * "media" and height and width in the URL; the answer's pic_file.img_url read.
 */
class WechatImageUploadTest {
    private HttpServer server;
    private final List<String> queries = new ArrayList<>();
    private final List<String> contentTypes = new ArrayList<>();
    private final List<byte[]> bodies = new ArrayList<>();
    private WechatClient client;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/channels/ec/basics/img/upload", exchange -> {
            queries.add(exchange.getRequestURI().getRawQuery());
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            bodies.add(exchange.getRequestBody().readAllBytes());
            byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\",\"pic_file\":{\"img_url\":\"https://mmecimage.cn/p/wx1/abc\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        URI root = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        ChannelSettings settings = new ChannelSettings("wechat", root.toString(), "wx1", Secret.of("secret"), Secret.of("TOKEN"),
                Secret.of(""), "", "", Duration.ofSeconds(5), Duration.ofSeconds(1));
        client = new WechatClient(settings, new PlatformHttp("微信小店", Duration.ofSeconds(1), Duration.ofSeconds(5)), () -> root,
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anImageByUrlCarriesUploadTypeAndRespTypeInTheUrl() throws Exception {
        String url = Json.text(Json.child(client.uploadUrl("https://img.example.com/a.jpg"), "pic_file"), "img_url");
        assertEquals("https://mmecimage.cn/p/wx1/abc", url);
        assertEquals("access_token=TOKEN&upload_type=1&resp_type=1", queries.get(0));
        assertTrue(contentTypes.get(0).startsWith("application/json"), contentTypes.get(0));
        assertEquals("{\"img_url\":\"https://img.example.com/a.jpg\"}", new String(bodies.get(0), StandardCharsets.UTF_8));
    }

    @Test
    void anImageFileIsSentAsTheMultipartFieldMediaWithItsSize() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB), "png", png);
        client.uploadFile("主图.png", png.toByteArray());
        assertEquals("access_token=TOKEN&upload_type=0&resp_type=1&height=6&width=8", queries.get(0));
        assertTrue(contentTypes.get(0).startsWith("multipart/form-data; boundary="), contentTypes.get(0));
        String body = new String(bodies.get(0), StandardCharsets.ISO_8859_1);
        String head = new String(("Content-Disposition: form-data; name=\"media\"; filename=\"主图.png\"\r\nContent-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertTrue(body.contains(head), body);
        assertTrue(body.contains(new String(png.toByteArray(), StandardCharsets.ISO_8859_1)), "the file's bytes unchanged");
    }

    @Test
    void aFileWhoseSizeCannotBeReadIsRefusedWithItsName() {
        ChannelException e = org.junit.jupiter.api.Assertions.assertThrows(ChannelException.class,
                () -> client.uploadFile("坏图.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}));
        assertEquals(ChannelException.Kind.REFUSED, e.kind());
        assertEquals("微信小店上传图片需要宽和高，读不出图片坏图.jpg的尺寸：请用JPEG、PNG或GIF格式", e.getMessage());
        assertEquals(0, queries.size(), "nothing sent");
    }
}
