package shelf.channel.wechat.internal;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * WeChat's errcode classified (全局返回码): -1 system busy; 40001 invalid credential / access token,
 * 40014 invalid token, 42001 token expired; 45009 daily quota and 45011 frequency limit; 40013 invalid
 * appid, 40125 invalid secret, 40164 caller IP not on the white list — configuration; 10020000-style
 * product codes and anything else a refusal with the platform's errmsg.
 */
final class WechatErrors {
    private WechatErrors() {}

    static ChannelException classify(String errcode, String errmsg) {
        return new ChannelException(kind(errcode), errcode, "微信小店：" + errmsg + "（" + errcode + "）");
    }

    static Kind kind(String errcode) {
        return switch (errcode) {
            case "-1" -> Kind.BUSY;
            case "40001", "40014", "42001" -> Kind.TOKEN_EXPIRED;
            case "45009", "45011" -> Kind.RATE_LIMITED;
            case "40013", "40125", "40164", "41002", "41004" -> Kind.BAD_CREDENTIALS;
            case "10020050", "10020002" -> Kind.NOT_FOUND;
            default -> Kind.REFUSED;
        };
    }
}
