package se.telefonpolicy.directory.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.directory.domain.Unit;

class RepublishOrderTest {

    private static final Instant AT = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void parentsAreRepublishedBeforeTheirSubUnits() {
        List<Unit> ordered = RepublishResource.parentsFirst(List.of(
                Unit.created("a-bygglov", "Bygglov", "m-sbf", AT),
                Unit.created("m-sbf", "Samhällsbyggnad", "z-kommun", AT),
                Unit.created("z-kommun", "Kommunen", null, AT)));

        assertThat(ordered).extracting(Unit::id).containsExactly("z-kommun", "m-sbf", "a-bygglov");
    }
}
