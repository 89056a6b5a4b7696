package se.telefonpolicy.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.directory.EmployeeRole;
import se.telefonpolicy.contracts.directory.PhoneNumber;
import se.telefonpolicy.contracts.directory.PhoneNumberKind;

class EmployeeTest {

    private static final Instant CREATED = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-30T09:15:00Z");

    private final Employee anna = new Employee("emp-7", "HR-7", "Anna", "Svensson", null, "bygglov", "4711",
            List.of(new PhoneNumber(PhoneNumberKind.WORK, "+4622313000")), "anna@fagersta.se", EmployeeRole.CASE_OFFICER,
            true, null, List.of("bygglov"), null, true, CREATED);

    @Test
    void anEmployeeCorrectsTheirOwnDetailsButNotTheirUnitOrRole() {
        Employee corrected = anna.withOwnDetails(new Employee.OwnDetails("Anna", "Svensson-Ek", "Bygglovshandläggare",
                "4712", List.of(), "anna.ek@fagersta.se", List.of("bygglov", "strandskydd")), NOW);

        assertThat(corrected.lastName()).isEqualTo("Svensson-Ek");
        assertThat(corrected.responsibilities()).containsExactly("bygglov", "strandskydd");
        assertThat(corrected.unitId()).isEqualTo("bygglov");
        assertThat(corrected.role()).isEqualTo(EmployeeRole.CASE_OFFICER);
        assertThat(corrected.hrId()).isEqualTo("HR-7");
        assertThat(corrected.verifiedAt()).as("correcting is not confirming").isNull();
        assertThat(corrected.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void confirmingSetsVerifiedAtAndKeepsTheDetails() {
        Employee confirmed = anna.confirmedAt(NOW);

        assertThat(confirmed.verifiedAt()).isEqualTo(NOW);
        assertThat(confirmed.updatedAt()).isEqualTo(NOW);
        assertThat(confirmed).usingRecursiveComparison().ignoringFields("verifiedAt", "updatedAt").isEqualTo(anna);
    }
}
