package shelf.channel.pinduoduo.internal;

import com.google.gson.JsonObject;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.channel.support.Json;

/**
 * Pinduoduo's error_response classified: 70031–70034 call frequency limits, 10019 / 10035 access token
 * expired or invalid, 50000–50002 and sub codes ending in "system_error" the platform failing; a message
 * about the signature (签名 / sign) a credentials error; the rest a refusal of the goods.
 */
final class PddErrors {
    private PddErrors() {}

    static ChannelException classify(JsonObject error) {
        String code = Json.text(error, "error_code");
        String text = Json.text(error, "error_msg") + (Json.text(error, "sub_msg").isEmpty() ? "" : "（" + Json.text(error, "sub_msg") + "）");
        return new ChannelException(kind(code, Json.text(error, "sub_code"), text), code, "拼多多：" + text);
    }

    static Kind kind(String code, String subCode, String text) {
        switch (code) {
            case "70031", "70032", "70033", "70034":
                return Kind.RATE_LIMITED;
            case "10019", "10035":
                return Kind.TOKEN_EXPIRED;
            case "50000", "50001", "50002":
                return Kind.BUSY;
            default:
                break;
        }
        if (subCode.endsWith("system_error") || subCode.endsWith("busy")) {
            return Kind.BUSY;
        }
        if (text.contains("签名") || text.toLowerCase(java.util.Locale.ROOT).contains("sign")) {
            return Kind.BAD_CREDENTIALS;
        }
        if (text.contains("不存在")) {
            return Kind.NOT_FOUND;
        }
        return Kind.REFUSED;
    }
}
