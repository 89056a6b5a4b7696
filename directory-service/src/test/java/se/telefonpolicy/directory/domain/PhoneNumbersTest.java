package se.telefonpolicy.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void swedishNationalFormatsBecomeE164() {
        assertThat(PhoneNumbers.toE164("070-123 45 67")).contains("+46701234567");
        assertThat(PhoneNumbers.toE164("0223-130 00")).contains("+4622313000");
        assertThat(PhoneNumbers.toE164("08-123 456 78")).contains("+46812345678");
        assertThat(PhoneNumbers.toE164("+46 70 123 45 67")).contains("+46701234567");
        assertThat(PhoneNumbers.toE164("0046701234567")).contains("+46701234567");
    }

    @Test
    void whatCannotBeANumberIsRefused() {
        assertThat(PhoneNumbers.toE164("070-123")).isEmpty();
        assertThat(PhoneNumbers.toE164("ring växeln")).isEmpty();
        assertThat(PhoneNumbers.toE164("  ")).isEmpty();
        assertThat(PhoneNumbers.toE164(null)).isEmpty();
    }
}
