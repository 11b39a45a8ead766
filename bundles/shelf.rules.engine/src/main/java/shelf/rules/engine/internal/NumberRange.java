package shelf.rules.engine.internal;

import java.math.BigDecimal;

/** range: a number or price between min and max, both inclusive, compared exactly (BigDecimal). */
record NumberRange(BigDecimal min, BigDecimal max) implements ValueCheck {

    @Override
    public String violation(Object value) {
        if (ValueCheck.isEmpty(value)) {
            return null;
        }
        BigDecimal number;
        try {
            number = value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return "「" + value + "」不是数字";
        }
        if (min != null && number.compareTo(min) < 0) {
            return "小于" + min.toPlainString();
        }
        if (max != null && number.compareTo(max) > 0) {
            return "大于" + max.toPlainString();
        }
        return null;
    }
}
