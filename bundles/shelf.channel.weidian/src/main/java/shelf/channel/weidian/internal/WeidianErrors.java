package shelf.channel.weidian.internal;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * A Weidian status whose status_code is not 0, classified: 10013 the access token expired; otherwise by the
 * status_reason, since the public docs list few codes: 频繁 / 限流 throttled, 繁忙 / 系统 the platform
 * busy, appkey / secret / 签名 our credentials, 不存在 absent; the rest a refusal of the item.
 */
final class WeidianErrors {
    private WeidianErrors() {}

    static ChannelException classify(String code, String reason) {
        return new ChannelException(kind(code, reason), code, "微店：" + reason + "（" + code + "）");
    }

    static Kind kind(String code, String reason) {
        if (code.equals("10013")) {
            return Kind.TOKEN_EXPIRED;
        }
        String text = reason.toLowerCase(java.util.Locale.ROOT);
        if (text.contains("频繁") || text.contains("限流") || text.contains("频率")) {
            return Kind.RATE_LIMITED;
        }
        if (text.contains("繁忙") || text.contains("系统错误")) {
            return Kind.BUSY;
        }
        if (text.contains("appkey") || text.contains("secret") || text.contains("签名")) {
            return Kind.BAD_CREDENTIALS;
        }
        if (text.contains("不存在")) {
            return Kind.NOT_FOUND;
        }
        return Kind.REFUSED;
    }
}
