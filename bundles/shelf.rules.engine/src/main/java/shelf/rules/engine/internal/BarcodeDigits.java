package shelf.rules.engine.internal;

/**
 * barcode: an EAN-13, UPC-A (12 digits) or EAN-8 whose last digit is the check digit of the others —
 * weights 3 and 1 alternating from the rightmost data digit, as GS1 defines it for all three.
 */
final class BarcodeDigits implements ValueCheck {

    static boolean valid(String code) {
        if (!(code.length() == 8 || code.length() == 12 || code.length() == 13)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < code.length() - 1; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int fromRight = code.length() - 2 - i;      // 0 for the digit next to the check digit
            sum += (c - '0') * (fromRight % 2 == 0 ? 3 : 1);
        }
        char check = code.charAt(code.length() - 1);
        return check >= '0' && check <= '9' && (10 - sum % 10) % 10 == check - '0';
    }

    @Override
    public String violation(Object value) {
        if (ValueCheck.isEmpty(value)) {
            return null;
        }
        String code = String.valueOf(value).trim();
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "含非数字字符";
        }
        if (!(code.length() == 8 || code.length() == 12 || code.length() == 13)) {
            return code.length() + "位，应为13位(EAN-13)、12位(UPC-A)或8位(EAN-8)";
        }
        return valid(code) ? null : "校验位错误";
    }
}
