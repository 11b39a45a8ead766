package shelf.channel.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Prices as the platforms take them: yuan with two decimals (Taobao, Weidian) or integer fen. */
public final class Money {
    private Money() {}

    /** 12.5 → 1250; refuses a price with fractions of a fen rather than round it. */
    public static long fen(BigDecimal yuan) {
        try {
            return yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("price " + yuan.toPlainString() + " has fractions of a fen", e);
        }
    }

    /** 12.5 → "12.50". */
    public static String yuan(BigDecimal yuan) {
        return BigDecimal.valueOf(fen(yuan), 2).toPlainString();
    }

    /** 1250 → 12.50. */
    public static BigDecimal fromFen(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
