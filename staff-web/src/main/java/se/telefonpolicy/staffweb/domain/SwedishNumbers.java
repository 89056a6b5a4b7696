package se.telefonpolicy.staffweb.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers the Swedish way: decimal comma ("92,5 %"), a space between thousands ("12 345", non-breaking, so a number
 * never wraps at 320 px), durations in hours and minutes ("6 tim 30 min").
 */
public final class SwedishNumbers {

    private static final char THOUSANDS = '\u00a0';

    private SwedishNumbers() {
    }

    /** A ratio 0–1 as a percentage with at most one decimal: 0.925 → "92,5 %", 1.0 → "100 %"; null for none. */
    public static String percent(Double ratio) {
        if (ratio == null || ratio.isNaN() || ratio.isInfinite()) {
            return null;
        }
        return decimal(ratio * 100, 1) + " %";
    }

    /** At most {@code decimals} decimals, trailing zeros dropped: 3.25 → "3,3" (1), 3.0 → "3". */
    public static String decimal(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        String plain = rounded.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        boolean negative = whole.startsWith("-");
        return (negative ? "-" : "") + group(negative ? whole.substring(1) : whole) + fraction;
    }

    public static String count(long n) {
        return (n < 0 ? "-" : "") + group(Long.toString(Math.abs(n)));
    }

    /**
     * A duration in whole minutes, rounded down (so covered time never shows as the whole opening time while the
     * ratio is below 100 %): "6 tim 30 min", "8 tim", "45 min", "under 1 min", "0 min".
     */
    public static String duration(long seconds) {
        if (seconds <= 0) {
            return "0 min";
        }
        if (seconds < 60) {
            return "under 1 min";
        }
        long minutes = seconds / 60;
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return count(hours) + " tim" + (rest == 0 ? "" : " " + rest + " min");
    }

    private static String group(String digits) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                s.append(THOUSANDS);
            }
            s.append(digits.charAt(i));
        }
        return s.toString();
    }
}
