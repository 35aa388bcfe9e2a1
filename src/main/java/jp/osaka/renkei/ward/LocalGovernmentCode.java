package jp.osaka.renkei.ward;

/**
 * 全国地方公共団体コード: five digits of JIS X 0402 and a check digit,
 * (11 − Σ(6,5,4,3,2 × digits) mod 11) mod 10.
 */
public final class LocalGovernmentCode {

    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    private LocalGovernmentCode() {
    }

    public static boolean isValid(String code) {
        return code.matches("\\d{6}") && checkDigit(code.substring(0, 5)) == code.charAt(5) - '0';
    }

    static int checkDigit(String fiveDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (fiveDigits.charAt(i) - '0');
        }
        return (11 - sum % 11) % 10;
    }
}
