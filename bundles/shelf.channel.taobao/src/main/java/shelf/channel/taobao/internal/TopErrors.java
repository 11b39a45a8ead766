package shelf.channel.taobao.internal;

import com.google.gson.JsonObject;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.channel.support.Json;

/**
 * TOP's error_response classified. Platform codes (open.taobao.com 错误码一览): 7 App Call Limited, 25 Invalid
 * Signature, 26/27 Missing/Invalid Session, 28/29 Missing/Invalid App Key, 11 Insufficient ISV Permissions,
 * 10/15/520 service unavailable or remote service error; sub_code isp.* is the platform failing (retry),
 * isv.* our request refused, isv.item-not-exist… the item absent.
 */
final class TopErrors {
    private TopErrors() {}

    static ChannelException classify(JsonObject error) {
        String code = Json.text(error, "code");
        String subCode = Json.text(error, "sub_code");
        String message = "淘宝：" + Json.text(error, "msg") + (Json.text(error, "sub_msg").isEmpty() ? ""
                : "（" + Json.text(error, "sub_msg") + "）");
        String platformCode = subCode.isEmpty() ? code : code + "/" + subCode;
        return new ChannelException(kind(code, subCode), platformCode, message);
    }

    static Kind kind(String code, String subCode) {
        switch (code) {
            case "7":
                return Kind.RATE_LIMITED;
            case "25", "28", "29", "11":
                return Kind.BAD_CREDENTIALS;
            case "26", "27":
                return Kind.TOKEN_EXPIRED;
            case "10", "520":
                return Kind.BUSY;
            default:
                break;
        }
        if (subCode.startsWith("isp.") || subCode.contains("service-unavailable")) {
            return Kind.BUSY;
        }
        if (subCode.startsWith("accesscontrol.limited") || subCode.contains("call-limited")) {
            return Kind.RATE_LIMITED;
        }
        if (subCode.contains("not-exist") || subCode.contains("not-found")) {
            return Kind.NOT_FOUND;
        }
        return Kind.REFUSED;
    }
}
