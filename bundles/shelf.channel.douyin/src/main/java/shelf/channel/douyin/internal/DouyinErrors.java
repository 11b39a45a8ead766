package shelf.channel.douyin.internal;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * A Douyin shop answer whose code is not 10000, classified: 9 (legacy) and sub codes with "limit" throttled,
 * 8 and isp.* the platform busy, 30002 and isv.access-token-* the token expired, a signature or app key
 * complaint (isv.signature-*, isv.app-key-*, 30001) our credentials, isv.product-not-exist absent, the rest
 * a refusal of the product with the platform's sub_msg.
 */
final class DouyinErrors {
    private DouyinErrors() {}

    static ChannelException classify(String code, String subCode, String message) {
        return new ChannelException(kind(code, subCode), subCode.isEmpty() ? code : code + "/" + subCode, "抖店：" + message);
    }

    static Kind kind(String code, String subCode) {
        switch (code) {
            case "9":
                return Kind.RATE_LIMITED;
            case "8":
                return Kind.BUSY;
            case "30002":
                return Kind.TOKEN_EXPIRED;
            case "30001":
                return Kind.BAD_CREDENTIALS;
            default:
                break;
        }
        if (subCode.contains("limit")) {
            return Kind.RATE_LIMITED;
        }
        if (subCode.startsWith("isp.")) {
            return Kind.BUSY;
        }
        if (subCode.startsWith("isv.access-token")) {
            return Kind.TOKEN_EXPIRED;
        }
        if (subCode.startsWith("isv.signature") || subCode.startsWith("isv.app-key")) {
            return Kind.BAD_CREDENTIALS;
        }
        if (subCode.contains("not-exist")) {
            return Kind.NOT_FOUND;
        }
        return Kind.REFUSED;
    }
}
