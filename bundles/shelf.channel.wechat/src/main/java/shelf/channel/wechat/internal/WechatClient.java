package shelf.channel.wechat.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.time.Clock;

import com.google.gson.JsonObject;

import shelf.api.channel.ChannelException;
import shelf.channel.support.AccessToken;
import shelf.channel.support.PlatformClient;
import shelf.channel.support.ChannelSettings;
import shelf.channel.support.Json;
import shelf.channel.support.Multipart;
import shelf.channel.support.PlatformHttp;
import shelf.channel.support.Secret;

/**
 * The WeChat shop envelope: JSON POSTs to /channels/ec/… with the access token in the query, no signature.
 * The token comes from GET /cgi-bin/token (client_credential, appid, secret) and lives expires_in (7200)
 * seconds; an answer with errcode 0 (or none) succeeded.
 */
final class WechatClient extends PlatformClient {


    WechatClient(ChannelSettings settings, PlatformHttp http, Root root, Clock clock) {
        super(settings, http, root, clock);
    }

    JsonObject post(String path, JsonObject body) throws ChannelException {
        return tokens.call(token -> checked(http.postJson(uri(path, token, ""), Json.GSON.toJson(body)).body()));
    }

    static final String IMG_UPLOAD = "/channels/ec/basics/img/upload";

    /**
     * /channels/ec/basics/img/upload of an image the platform fetches: {"img_url": …} with upload_type=1 and
     * resp_type=1 in the query — as the platform's document and WxJava (WxChannelBasicServiceImpl.uploadImg)
     * send it; without resp_type=1 the answer carries a media_id and no URL.
     */
    JsonObject uploadUrl(String url) throws ChannelException {
        JsonObject body = new JsonObject();
        body.addProperty("img_url", url);
        return tokens.call(token -> checked(http.postJson(uri(IMG_UPLOAD, token, "&upload_type=1&resp_type=1"),
                Json.GSON.toJson(body)).body()));
    }

    /**
     * The same call for a local file: multipart/form-data with the file in the field {@code media}
     * (WxJava ChannelFileUploadRequestExecutor), upload_type=0, resp_type=1 and the picture's height and width
     * in pixels, which the document requires for upload_type 0.
     */
    JsonObject uploadFile(String fileName, byte[] image) throws ChannelException {
        int[] size = size(fileName, image);
        Multipart body = new Multipart().file("media", fileName, contentType(image), image);
        return tokens.call(token -> checked(http.postMultipart(uri(IMG_UPLOAD, token, "&upload_type=0&resp_type=1&height="
                + size[1] + "&width=" + size[0]), body).body()));
    }

    /** Width and height from the image's header, without decoding it. */
    static int[] size(String fileName, byte[] image) throws ChannelException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    return new int[] {reader.getWidth(0), reader.getHeight(0)};
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            // falls through to the refusal below
        }
        throw new ChannelException(ChannelException.Kind.REFUSED, "image.size", "微信小店上传图片需要宽和高，读不出图片" + fileName
                + "的尺寸：请用JPEG、PNG或GIF格式");
    }

    static String contentType(byte[] image) {
        if (image.length > 3 && (image[0] & 0xFF) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
            return "image/png";
        }
        if (image.length > 2 && image[0] == 'G' && image[1] == 'I' && image[2] == 'F') {
            return "image/gif";
        }
        return "image/jpeg";
    }

    private URI uri(String path, String token, String query) throws ChannelException {
        return URI.create(root.uri() + path + "?access_token=" + PlatformHttp.encode(token) + query);
    }

    static JsonObject checked(String body) throws ChannelException {
        JsonObject answer = Json.object("微信小店", body);
        String errcode = Json.text(answer, "errcode");
        if (!errcode.isEmpty() && !"0".equals(errcode)) {
            throw WechatErrors.classify(errcode, Json.text(answer, "errmsg"));
        }
        return answer;
    }

    @Override
    protected AccessToken issue(AccessToken previous) throws ChannelException {
        URI uri = URI.create(root.uri() + "/cgi-bin/token?grant_type=client_credential&appid="
                + PlatformHttp.encode(settings.appKey()) + "&secret=" + PlatformHttp.encode(settings.appSecret().reveal()));
        return AccessToken.fromAnswer(checked(http.get(uri).body()), "expires_in", Secret.of(""), clock);
    }
}
