package shelf.importer.xlsx.internal;

/**
 * A cell's number as Excel shows it, worked out on the decimal digits of the stored literal rather
 * than through double and BigDecimal: the literal is rounded to the 15 significant digits Excel keeps
 * (so 0.30000000000000004 is 0.3 and 6.901234567892E12 is 6901234567892), then to the format's
 * decimals, half away from zero as Excel rounds. One instance per sheet reader; not thread-safe.
 */
final class DecimalText {
    /** Excel displays at most 15 significant digits. */
    static final int PRECISION = 15;

    private final byte[] digits = new byte[PRECISION + 2];
    private int count;
    /** The value is 0.d1d2…dn × 10^exponent. */
    private int exponent;
    private boolean negative;
    private final StringBuilder out = new StringBuilder(32);

    /** Reads a number literal (as in a {@code <v>}); false when the text is not one. */
    boolean parse(byte[] b, int from, int to) {
        count = 0;
        exponent = 0;
        negative = false;
        int i = from;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        boolean point = false;
        boolean anyDigit = false;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (count == 0 && c == '0') {
                    if (point) {
                        exponent--;
                    }
                    continue;
                }
                if (count < digits.length) {
                    digits[count++] = (byte) (c - '0');
                }
                if (!point) {
                    exponent++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!anyDigit) {
            return false;
        }
        if (i < to) {
            if (b[i] != 'e' && b[i] != 'E') {
                return false;
            }
            int power = parseExponent(b, i + 1, to);
            if (power == Integer.MIN_VALUE) {
                return false;
            }
            exponent += power;
        }
        roundToDigits(PRECISION);
        return true;
    }

    /** Excel's General format, except that whole numbers up to 15 digits are never abbreviated. */
    String general() {
        if (count == 0) {
            return "0";
        }
        out.setLength(0);
        if (negative) {
            out.append('-');
        }
        if (exponent > PRECISION || exponent < -9) {
            out.append((char) ('0' + digits[0]));
            if (count > 1) {
                out.append('.');
                appendDigits(1, count);
            }
            int power = exponent - 1;
            out.append(power < 0 ? "E-" : "E+");
            power = Math.abs(power);
            if (power < 10) {
                out.append('0');
            }
            out.append(power);
            return out.toString();
        }
        appendPlain(count - exponent);
        return out.toString();
    }

    /**
     * A fixed-decimals format such as 0.00 or 000000 or 0.0#: {@code minInteger} digits at least before
     * the point, between {@code minDecimals} and {@code maxDecimals} after it; times 100 with a % sign
     * when {@code percent}. Grouping separators and currency signs are left out on purpose: the value
     * is the number the user sees, ready to be read as one.
     */
    String fixed(int minInteger, int minDecimals, int maxDecimals, boolean percent) {
        if (percent && count > 0) {
            exponent += 2;
        }
        int keep = exponent + maxDecimals;
        if (keep < 0) {
            count = 0;
        } else {
            roundToDigits(keep);
        }
        out.setLength(0);
        if (negative && count > 0) {
            out.append('-');
        }
        int integerDigits = Math.max(exponent, 0);
        for (int pad = integerDigits; pad < Math.max(minInteger, 1); pad++) {
            out.append('0');
        }
        if (count == 0) {
            if (minDecimals > 0) {
                out.append('.');
                out.append("0".repeat(minDecimals));
            }
        } else {
            int decimals = Math.max(minDecimals, Math.min(maxDecimals, count - exponent));
            appendPlain(decimals);
        }
        if (percent) {
            out.append('%');
        }
        return out.toString();
    }

    /** The integer part (if any) and {@code decimals} digits after the point. */
    private void appendPlain(int decimals) {
        if (exponent > 0) {
            appendDigits(0, exponent);
        } else if (out.length() == 0 || out.charAt(out.length() - 1) == '-') {
            out.append('0');
        }
        if (decimals > 0) {
            out.append('.');
            for (int d = 0; d < decimals; d++) {
                int index = exponent + d;
                out.append(index >= 0 && index < count ? (char) ('0' + digits[index]) : '0');
            }
        }
    }

    private void appendDigits(int from, int to) {
        for (int d = from; d < to; d++) {
            out.append(d < count ? (char) ('0' + digits[d]) : '0');
        }
    }

    /** Rounds, half away from zero, to {@code keep} significant digits and drops trailing zeros. */
    private void roundToDigits(int keep) {
        if (count > keep) {
            boolean up = digits[keep] >= 5;
            count = keep;
            if (up) {
                int d = keep - 1;
                while (d >= 0 && digits[d] == 9) {
                    d--;
                }
                if (d < 0) {
                    digits[0] = 1;
                    count = 1;
                    exponent++;
                } else {
                    digits[d]++;
                    count = d + 1;
                }
            }
        }
        while (count > 0 && digits[count - 1] == 0) {
            count--;
        }
    }

    private static int parseExponent(byte[] b, int from, int to) {
        int i = from;
        boolean minus = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            minus = b[i] == '-';
            i++;
        }
        if (i >= to || to - i > 4) {
            return Integer.MIN_VALUE;
        }
        int power = 0;
        for (; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return Integer.MIN_VALUE;
            }
            power = power * 10 + (b[i] - '0');
        }
        return minus ? -power : power;
    }
}
