package se.telefonpolicy.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TestClockAndTokensTest {

    @Test
    void theClockMovesOnlyWhenTold() {
        TestClock clock = new TestClock();
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        clock.advance(Duration.ofMinutes(15));
        var stockholm = clock.withZone(ZoneId.of("Europe/Stockholm"));
        assertThat(stockholm.instant()).isEqualTo(Instant.parse("2026-11-30T09:15:00Z"));
        clock.advance(Duration.ofMinutes(1));
        assertThat(stockholm.instant()).isEqualTo(Instant.parse("2026-11-30T09:16:00Z")); // a view, not a copy
    }

    @Test
    void tokensCarryRolesEmployeeAndUnit() {
        String claims = payload(TestTokens.manager("emp-anna", "unit-bygglov"));
        assertThat(claims).contains("\"groups\":[", "\"manager\"", "\"employee_id\":\"emp-anna\"",
                "\"unit_id\":\"unit-bygglov\"", "\"iss\":\"" + TestTokens.ISSUER + "\"");
    }

    @Test
    void anExpiredTokenExpiredInThePast() {
        String claims = payload(TestTokens.expired("emp-1", Set.of("employee")));
        long exp = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
        assertThat(Instant.ofEpochSecond(exp)).isBefore(Instant.now());
    }

    private static String payload(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }
}
