package se.telefonpolicy.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.directory.Greeting;
import se.telefonpolicy.contracts.directory.PhoneNumber;
import se.telefonpolicy.contracts.directory.PhoneNumberKind;

class DirectoryQualityTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final DirectoryQuality QUALITY = new DirectoryQuality(Duration.ofDays(365), 30);
    private static final Unit MANAGED = new Unit("bygglov", "Bygglov", null, "chef-1", null, null, null, false, NOW);
    private static final Unit UNMANAGED = Unit.created("gata", "Gata och park", null, NOW);

    private static Employee employee(String firstName, String lastName, List<PhoneNumber> numbers, boolean voicemail,
            Greeting greeting, Instant verifiedAt, boolean active) {
        return new Employee("emp-1", null, firstName, lastName, null, "bygglov", null, numbers, null, null, voicemail,
                greeting, List.of(), verifiedAt, active, NOW);
    }

    private static final List<PhoneNumber> WORK = List.of(new PhoneNumber(PhoneNumberKind.WORK, "+4622313000"));
    private static final Greeting SHORT = new Greeting(Instant.parse("2026-10-01T08:00:00Z"), 12);

    @Test
    void aCompleteConfirmedEmployeeInAManagedUnitHasNoProblems() {
        assertThat(QUALITY.check(employee("Anna", "Svensson", WORK, true, SHORT, NOW.minus(Duration.ofDays(364)), true), MANAGED, NOW))
                .isEmpty();
    }

    @Test
    void eachMissingDetailIsADirectoryCorrectProblemNamingTheField() {
        var findings = QUALITY.check(employee(null, null, List.of(), true, SHORT, NOW.minus(Duration.ofDays(366)), true), UNMANAGED, NOW);

        assertThat(findings).allMatch(f -> f.rule().equals(DirectoryQuality.DIRECTORY_CORRECT));
        assertThat(findings).extracting(DirectoryQuality.Finding::field)
                .containsExactly("firstName", "lastName", "phoneNumbers", "verifiedAt", "unit.managerEmployeeId");
    }

    @Test
    void voicemailOffAndAMissingOrLongGreetingBreakTheirRules() {
        var noGreeting = QUALITY.check(employee("A", "B", WORK, false, null, NOW, true), MANAGED, NOW);
        assertThat(noGreeting).extracting(DirectoryQuality.Finding::rule)
                .containsExactly(DirectoryQuality.VOICEMAIL_ENABLED, DirectoryQuality.GREETING_RECORDED);

        var longGreeting = QUALITY.check(employee("A", "B", WORK, true, new Greeting(NOW, 31), NOW, true), MANAGED, NOW);
        assertThat(longGreeting).extracting(DirectoryQuality.Finding::field).containsExactly("greeting.lengthSeconds");
        assertThat(QUALITY.check(employee("A", "B", WORK, true, new Greeting(NOW, 30), NOW, true), MANAGED, NOW)).isEmpty();
    }

    @Test
    void anInactiveEmployeeHasNoProblems() {
        assertThat(QUALITY.check(employee(null, null, List.of(), false, null, null, false), UNMANAGED, NOW)).isEmpty();
    }

    @Test
    void theSubtreeHoldsTheUnitAndEveryUnitBelowIt() {
        List<Unit> units = List.of(Unit.created("kommun", "Kommunen", null, NOW), Unit.created("sbf", "SBF", "kommun", NOW),
                Unit.created("bygglov", "Bygglov", "sbf", NOW), Unit.created("kultur", "Kultur", "kommun", NOW),
                Unit.created("annan", "Annan", null, NOW));
        assertThat(DirectoryQuality.subtree(units, "sbf")).containsExactly("sbf", "bygglov");
        assertThat(DirectoryQuality.subtree(units, "kommun")).containsExactlyInAnyOrder("kommun", "sbf", "kultur", "bygglov");
    }
}
