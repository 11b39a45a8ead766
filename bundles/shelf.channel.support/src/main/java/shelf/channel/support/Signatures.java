package shelf.channel.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platforms' request signatures, in one place so the adapters that sign and the sandbox that checks
 * compute them the same way. Each is tested against the platform's own published example.
 */
public final class Signatures {
    private Signatures() {}

    /**
     * Taobao TOP: parameters sorted by name (the sign itself and empty or whitespace-only values left out, as
     * the TOP SDK's StringUtils.areNotEmpty does), joined as
     * name1value1name2value2…; md5: MD5(secret + that + secret); hmac: HMAC-MD5 keyed by the secret;
     * hmac-sha256: HMAC-SHA256 keyed by the secret. Upper-case hex.
     */
    public static String taobao(Map<String, String> params, String secret, String signMethod) {
        String joined = joined(withoutEmpty(params, true));
        return switch (signMethod) {
            case "md5" -> md5(secret + joined + secret).toUpperCase(Locale.ROOT);
            case "hmac" -> hmac("HmacMD5", secret, joined).toUpperCase(Locale.ROOT);
            case "hmac-sha256" -> hmac("HmacSHA256", secret, joined).toUpperCase(Locale.ROOT);
            default -> throw new IllegalArgumentException("unknown sign_method '" + signMethod
                    + "' — use md5, hmac or hmac-sha256");
        };
    }

    /** Pinduoduo: upper-case MD5 of client_secret + name1value1… (sorted, sign left out) + client_secret. */
    public static String pinduoduo(Map<String, String> params, String clientSecret) {
        return md5(clientSecret + joined(params) + clientSecret).toUpperCase(Locale.ROOT);
    }

    /**
     * Douyin shop (抖店): secret + "app_key"+k + "method"+m + "param_json"+json + "timestamp"+t + "v"+v +
     * secret, HMAC-SHA256 keyed by the secret (hmac-sha256) or plain MD5 (md5), lower-case hex. The
     * param_json must already be canonical: keys sorted at every level, no spaces ({@link Json#canonical}).
     */
    public static String douyin(String appKey, String secret, String method, String paramJson, String timestamp,
            String v, String signMethod) {
        String pattern = secret + "app_key" + appKey + "method" + method + "param_json" + paramJson + "timestamp"
                + timestamp + "v" + v + secret;
        return "md5".equals(signMethod) ? md5(pattern) : hmac("HmacSHA256", secret, pattern);
    }

    /**
     * The parameters whose values a platform's SDK neither signs nor sends: null and empty ones, and with
     * {@code blankToo} whitespace-only ones. Taobao's TOP SDK drops both (TaobaoHashMap.put and
     * signTopRequest test StringUtils.areNotEmpty, which counts whitespace as empty); Pinduoduo's SDKs drop
     * the empty ones only (PHP PopHttpClient::toUrlParams skips {@code $v !== ""}) and sign a blank value as
     * it is. Sending a value the platform does not sign — or signing a name without its value — fails the
     * platform's signature check, so an adapter drops these before it signs and sends.
     */
    public static Map<String, String> withoutEmpty(Map<String, String> params, boolean blankToo) {
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (value != null && !value.isEmpty() && !(blankToo && value.isBlank())) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    /** The sorted name+value string both TOP and Pinduoduo sign. */
    static String joined(Map<String, String> params) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) -> {
            if (!name.equals("sign") && value != null && !value.isEmpty()) {
                text.append(name).append(value);
            }
        });
        return text.toString();
    }

    public static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
    }

    public static String hmac(String algorithm, String key, String text) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    /** Compares two signatures in constant time, ignoring hex case. */
    public static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
                given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }
}
