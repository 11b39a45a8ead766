package shelf.rules.engine.internal;

import java.nio.charset.Charset;

/**
 * minLength / maxLength, counted in characters (code points, so an emoji is one) or in GBK bytes — the
 * way Taobao and Pinduoduo count titles: a Chinese character is two bytes, a Latin letter one.
 */
record TextLength(Integer min, Integer max, boolean gbkBytes) implements ValueCheck {
    private static final Charset GBK = Charset.forName("GBK");

    static int length(String text, boolean gbkBytes) {
        return gbkBytes ? text.getBytes(GBK).length : text.codePointCount(0, text.length());
    }

    @Override
    public String violation(Object value) {
        if (ValueCheck.isEmpty(value)) {
            return null;
        }
        int length = length(String.valueOf(value), gbkBytes);
        String unit = gbkBytes ? "字节" : "字";
        if (min != null && length < min) {
            return length + unit + "，至少" + min + unit;
        }
        if (max != null && length > max) {
            return length + unit + "，最多" + max + unit;
        }
        return null;
    }
}
