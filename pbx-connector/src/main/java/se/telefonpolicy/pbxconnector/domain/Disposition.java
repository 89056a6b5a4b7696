package se.telefonpolicy.pbxconnector.domain;

import java.util.Arrays;
import java.util.Optional;

/** Asterisk's CDR disposition, as cdr_kafka writes it. */
public enum Disposition {
    ANSWERED("ANSWERED"),
    NO_ANSWER("NO ANSWER"),
    BUSY("BUSY"),
    FAILED("FAILED"),
    CONGESTION("CONGESTION");

    private final String asteriskName;

    Disposition(String asteriskName) {
        this.asteriskName = asteriskName;
    }

    public String asteriskName() {
        return asteriskName;
    }

    public static Optional<Disposition> of(String asteriskName) {
        return Arrays.stream(values()).filter(d -> d.asteriskName.equals(asteriskName)).findFirst();
    }
}
