package se.telefonpolicy.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.directory.EmployeeRole;
import se.telefonpolicy.contracts.directory.Greeting;
import se.telefonpolicy.contracts.directory.PhoneNumber;
import se.telefonpolicy.contracts.directory.PhoneNumberKind;

class EmployeeImportRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:15:00Z");
    private static final Instant EARLIER = Instant.parse("2026-01-10T08:00:00Z");
    private static final Set<String> UNITS = Set.of("bygglov", "fardtjanst");
    private final EmployeeImportRules rules = new EmployeeImportRules(ZoneId.of("Europe/Stockholm"), Duration.ZERO);

    private static HrRow row(Object... columnsAndValues) {
        Map<HrColumn, String> cells = new EnumMap<>(HrColumn.class);
        cells.put(HrColumn.HR_ID, "1001");
        cells.put(HrColumn.FIRST_NAME, "Anna");
        cells.put(HrColumn.LAST_NAME, "Svensson");
        cells.put(HrColumn.UNIT, "bygglov");
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            cells.put((HrColumn) columnsAndValues[i], (String) columnsAndValues[i + 1]);
        }
        return new HrRow(7, cells);
    }

    @Test
    void aNewRowBecomesAnEmployeeWithTheHrIdAsItsIdAndSwedishNumbersInE164() {
        var outcome = rules.apply(row(HrColumn.WORK_PHONE, "0223-441 23", HrColumn.MOBILE_PHONE, "070-174 06 05",
                HrColumn.ROLE, "Handläggare", HrColumn.VOICEMAIL, "ja", HrColumn.RESPONSIBILITIES, " bygglov | marklov||bygglov",
                HrColumn.GREETING_RECORDED, "2026-03-14", HrColumn.GREETING_SECONDS, "12"), null, UNITS::contains, NOW);

        assertThat(outcome).isInstanceOf(EmployeeImportRules.Accepted.class);
        var accepted = (EmployeeImportRules.Accepted) outcome;
        assertThat(accepted.created()).isTrue();
        Employee e = accepted.employee();
        assertThat(e.id()).isEqualTo("1001");
        assertThat(e.phoneNumbers()).containsExactly(new PhoneNumber(PhoneNumberKind.WORK, "+4622344123"),
                new PhoneNumber(PhoneNumberKind.MOBILE, "+46701740605"));
        assertThat(e.role()).isEqualTo(EmployeeRole.CASE_OFFICER);
        assertThat(e.responsibilities()).containsExactly("bygglov", "marklov");
        assertThat(e.greeting()).isEqualTo(new Greeting(Instant.parse("2026-03-13T23:00:00Z"), 12));
        assertThat(e.active()).isTrue();
        assertThat(e.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void theSameDetailsAgainAreUnchangedAndColumnsTheFileLacksKeepTheirValue() {
        Employee stored = new Employee("anna", "1001", "Anna", "Svensson", "Bygglovshandläggare", "bygglov", "4711",
                List.of(new PhoneNumber(PhoneNumberKind.MOBILE, "+46701740605")), null, EmployeeRole.CASE_OFFICER, true,
                new Greeting(EARLIER, 10), List.of("bygglov"), EARLIER, true, EARLIER);

        var same = rules.apply(row(HrColumn.TITLE, "Bygglovshandläggare"), stored, UNITS::contains, NOW);
        assertThat(same).isEqualTo(new EmployeeImportRules.Accepted(stored, false, false));

        var moved = (EmployeeImportRules.Accepted) rules.apply(row(HrColumn.UNIT, "fardtjanst", HrColumn.TITLE, ""), stored,
                UNITS::contains, NOW);
        assertThat(moved.changed()).isTrue();
        assertThat(moved.created()).isFalse();
        assertThat(moved.employee().id()).isEqualTo("anna");
        assertThat(moved.employee().unitId()).isEqualTo("fardtjanst");
        assertThat(moved.employee().title()).as("an empty cell clears").isNull();
        assertThat(moved.employee().extension()).as("no such column: kept").isEqualTo("4711");
        assertThat(moved.employee().verifiedAt()).isEqualTo(EARLIER);
        assertThat(moved.employee().updatedAt()).isEqualTo(NOW);
    }

    @Test
    void badRowsAreRejectedWithEveryProblemInSwedish() {
        assertThat(rules.apply(row(HrColumn.FIRST_NAME, " "), null, UNITS::contains, NOW))
                .isEqualTo(new EmployeeImportRules.Rejected("Förnamn saknas"));
        assertThat(rules.apply(row(HrColumn.UNIT, "okand", HrColumn.WORK_PHONE, "0223-12"), null, UNITS::contains, NOW))
                .isEqualTo(new EmployeeImportRules.Rejected(
                        "Okänd enhet \"okand\"; Ogiltigt telefonnummer i kolumnen telefon: \"0223-12\""));
        assertThat(rules.apply(row(HrColumn.HR_ID, ""), null, UNITS::contains, NOW))
                .isEqualTo(new EmployeeImportRules.Rejected("Anställningsnummer saknas"));
        assertThat(rules.apply(row(HrColumn.ROLE, "direktör"), null, UNITS::contains, NOW))
                .isInstanceOf(EmployeeImportRules.Rejected.class);
        assertThat(rules.apply(row(HrColumn.ACTIVE, "kanske"), null, UNITS::contains, NOW))
                .isInstanceOf(EmployeeImportRules.Rejected.class);
        assertThat(rules.apply(row(HrColumn.EXTENSION, "12a"), null, UNITS::contains, NOW))
                .isInstanceOf(EmployeeImportRules.Rejected.class);
        assertThat(rules.apply(row(HrColumn.GREETING_RECORDED, "2026-03-14"), null, UNITS::contains, NOW))
                .as("recorded without a length column").isInstanceOf(EmployeeImportRules.Rejected.class);
    }

    @Test
    void theSampleDataShiftMovesEveryDateOfTheFile() {
        var shifted = new EmployeeImportRules(ZoneId.of("Europe/Stockholm"), Duration.ofDays(10));
        var e = ((EmployeeImportRules.Accepted) shifted.apply(row(HrColumn.VERIFIED, "2026-11-01"), null, UNITS::contains, NOW))
                .employee();
        assertThat(e.verifiedAt()).isEqualTo(Instant.parse("2026-11-10T23:00:00Z"));
    }
}
