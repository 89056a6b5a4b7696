package se.telefonpolicy.directory.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import se.telefonpolicy.contracts.directory.EmployeeRole;
import se.telefonpolicy.contracts.directory.Greeting;
import se.telefonpolicy.contracts.directory.PhoneNumber;
import se.telefonpolicy.contracts.directory.PhoneNumberKind;

/**
 * Turns one row of the HR file into the employee it describes, merged over the stored one, or
 * refuses it with a reason in Swedish (the administrator reads it). The HR id is the key; a new
 * employee gets the HR id as their employee id too.
 */
public final class EmployeeImportRules {

    /** The same rule as the REST API's employee id. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern EXTENSION = Pattern.compile("\\d{2,8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME = 100;
    private static final int MAX_TITLE = 200;
    private static final Map<String, EmployeeRole> ROLES = Map.ofEntries(
            Map.entry("handläggare", EmployeeRole.CASE_OFFICER),
            Map.entry("chef", EmployeeRole.MANAGER),
            Map.entry("telefonist", EmployeeRole.SWITCHBOARD_OPERATOR),
            Map.entry("växeltelefonist", EmployeeRole.SWITCHBOARD_OPERATOR),
            Map.entry("förtroendevald", EmployeeRole.ELECTED_OFFICIAL),
            Map.entry("övrig", EmployeeRole.OTHER));

    private final ZoneId zone;
    private final Duration dateShift;

    /**
     * @param zone      the zone a date without a time is read in (the start of that day)
     * @param dateShift added to every date in the file (zero for an HR file; the sample data uses it to stay current)
     */
    public EmployeeImportRules(ZoneId zone, Duration dateShift) {
        this.zone = zone;
        this.dateShift = dateShift;
    }

    /** What became of a row. */
    public sealed interface Outcome {
    }

    /** @param employee the merged employee; {@code changed} false when it equals the stored one */
    public record Accepted(Employee employee, boolean created, boolean changed) implements Outcome {
    }

    public record Rejected(String reason) implements Outcome {
    }

    /** The row's HR id if it is a usable one, for matching rows to stored employees before {@link #apply}. */
    public static String hrId(HrRow row) {
        String hrId = row.text(HrColumn.HR_ID);
        return hrId != null && ID.matcher(hrId).matches() ? hrId : null;
    }

    /**
     * @param current    the stored employee with this HR id (or with it as employee id and no HR id yet); null if none
     * @param unitExists whether a unit id is in the directory
     */
    public Outcome apply(HrRow row, Employee current, Predicate<String> unitExists, Instant now) {
        List<String> problems = new ArrayList<>();
        String hrId = row.text(HrColumn.HR_ID);
        if (hrId == null) {
            return new Rejected("Anställningsnummer saknas");
        }
        if (!ID.matcher(hrId).matches()) {
            return new Rejected("Ogiltigt anställningsnummer \"" + hrId
                    + "\": bara bokstäver a–z, siffror, '.', '_' och '-', högst 64 tecken");
        }
        String firstName = required(row, HrColumn.FIRST_NAME, "Förnamn saknas", MAX_NAME, "Förnamnet", problems);
        String lastName = required(row, HrColumn.LAST_NAME, "Efternamn saknas", MAX_NAME, "Efternamnet", problems);
        String unitId = row.text(HrColumn.UNIT);
        if (unitId == null) {
            problems.add("Enhet saknas");
        } else if (!unitExists.test(unitId)) {
            problems.add("Okänd enhet \"" + unitId + "\"");
        }
        String title = optional(row, HrColumn.TITLE, current == null ? null : current.title(), MAX_TITLE, "Titeln", problems);
        String extension = keepOr(row, HrColumn.EXTENSION, current == null ? null : current.extension());
        if (row.has(HrColumn.EXTENSION) && extension != null && !EXTENSION.matcher(extension).matches()) {
            problems.add("Anknytningen ska vara 2–8 siffror: \"" + extension + "\"");
        }
        List<PhoneNumber> phoneNumbers = phoneNumbers(row, current, problems);
        String email = keepOr(row, HrColumn.EMAIL, current == null ? null : current.email());
        if (row.has(HrColumn.EMAIL) && email != null && (!EMAIL.matcher(email).matches() || email.length() > 200)) {
            problems.add("Ogiltig e-postadress \"" + email + "\"");
        }
        EmployeeRole role = role(row, current, problems);
        boolean voicemail = yesNo(row, HrColumn.VOICEMAIL, current != null && current.voicemailEnabled(), false, problems);
        Greeting greeting = greeting(row, current, problems);
        List<String> responsibilities = row.has(HrColumn.RESPONSIBILITIES)
                ? responsibilities(row.text(HrColumn.RESPONSIBILITIES))
                : current == null ? List.of() : current.responsibilities();
        Instant verifiedAt = row.has(HrColumn.VERIFIED)
                ? instant(row, HrColumn.VERIFIED, problems)
                : current == null ? null : current.verifiedAt();
        boolean active = yesNo(row, HrColumn.ACTIVE, current == null || current.active(), true, problems);
        if (!problems.isEmpty()) {
            return new Rejected(String.join("; ", problems));
        }
        String id = current == null ? hrId : current.id();
        Employee merged = new Employee(id, hrId, firstName, lastName, title, unitId, extension, phoneNumbers, email, role,
                voicemail, greeting, responsibilities, verifiedAt, active,
                current == null ? now : current.updatedAt());
        if (current != null && merged.equals(current)) {
            return new Accepted(current, false, false);
        }
        return new Accepted(withUpdatedAt(merged, now), current == null, true);
    }

    private static String required(HrRow row, HrColumn column, String missing, int max, String what, List<String> problems) {
        String value = row.text(column);
        if (value == null) {
            problems.add(missing);
        } else if (value.length() > max) {
            problems.add(what + " är längre än " + max + " tecken");
        }
        return value;
    }

    private static String optional(HrRow row, HrColumn column, String current, int max, String what, List<String> problems) {
        String value = keepOr(row, column, current);
        if (row.has(column) && value != null && value.length() > max) {
            problems.add(what + " är längre än " + max + " tecken");
        }
        return value;
    }

    /** The cell when the file has the column (empty clears it), else the stored value. */
    private static String keepOr(HrRow row, HrColumn column, String current) {
        return row.has(column) ? row.text(column) : current;
    }

    /** A kind whose column is in the file is replaced by it; the other kind stays as stored. */
    private static List<PhoneNumber> phoneNumbers(HrRow row, Employee current, List<String> problems) {
        List<PhoneNumber> result = new ArrayList<>();
        for (PhoneNumberKind kind : List.of(PhoneNumberKind.WORK, PhoneNumberKind.MOBILE)) {
            HrColumn column = kind == PhoneNumberKind.WORK ? HrColumn.WORK_PHONE : HrColumn.MOBILE_PHONE;
            if (!row.has(column)) {
                if (current != null) {
                    current.phoneNumbers().stream().filter(p -> p.kind() == kind).forEach(result::add);
                }
                continue;
            }
            String typed = row.text(column);
            if (typed == null) {
                continue;
            }
            PhoneNumbers.toE164(typed).ifPresentOrElse(e164 -> result.add(new PhoneNumber(kind, e164)),
                    () -> problems.add("Ogiltigt telefonnummer i kolumnen " + column.header() + ": \"" + typed + "\""));
        }
        return result;
    }

    private static EmployeeRole role(HrRow row, Employee current, List<String> problems) {
        if (!row.has(HrColumn.ROLE)) {
            return current == null ? null : current.role();
        }
        String typed = row.text(HrColumn.ROLE);
        if (typed == null) {
            return null;
        }
        EmployeeRole role = ROLES.get(typed.toLowerCase(Locale.forLanguageTag("sv")));
        if (role == null) {
            role = Arrays.stream(EmployeeRole.values()).filter(r -> r.name().equalsIgnoreCase(typed)).findFirst().orElse(null);
        }
        if (role == null) {
            problems.add("Okänd roll \"" + typed + "\": skriv handläggare, chef, telefonist, förtroendevald eller övrig");
        }
        return role;
    }

    private static boolean yesNo(HrRow row, HrColumn column, boolean current, boolean whenEmpty, List<String> problems) {
        if (!row.has(column)) {
            return current;
        }
        String typed = row.text(column);
        if (typed == null) {
            return whenEmpty;
        }
        switch (typed.toLowerCase(Locale.ROOT)) {
            case "ja", "j", "1", "true", "x":
                return true;
            case "nej", "n", "0", "false":
                return false;
            default:
                problems.add("Kolumnen " + column.header() + " ska vara ja eller nej: \"" + typed + "\"");
                return current;
        }
    }

    private Greeting greeting(HrRow row, Employee current, List<String> problems) {
        boolean hasRecorded = row.has(HrColumn.GREETING_RECORDED);
        boolean hasSeconds = row.has(HrColumn.GREETING_SECONDS);
        if (!hasRecorded && !hasSeconds) {
            return current == null ? null : current.greeting();
        }
        if (hasRecorded != hasSeconds) {
            problems.add("Kolumnerna hälsning inspelad och hälsning sekunder hör ihop: ta med båda eller ingen");
            return null;
        }
        String seconds = row.text(HrColumn.GREETING_SECONDS);
        Instant recorded = instant(row, HrColumn.GREETING_RECORDED, problems);
        if (recorded == null && seconds == null) {
            return null;
        }
        if (recorded == null || seconds == null) {
            problems.add("Hälsningen behöver både datum (hälsning inspelad) och längd (hälsning sekunder)");
            return null;
        }
        try {
            int length = Integer.parseInt(seconds);
            if (length < 1) {
                throw new NumberFormatException();
            }
            return new Greeting(recorded, length);
        } catch (NumberFormatException e) {
            problems.add("Hälsningens längd ska vara ett helt antal sekunder, minst 1: \"" + seconds + "\"");
            return null;
        }
    }

    /** A date (the start of that day) or an ISO instant, moved by the date shift; null when empty. */
    private Instant instant(HrRow row, HrColumn column, List<String> problems) {
        String typed = row.text(column);
        if (typed == null) {
            return null;
        }
        try {
            Instant at = typed.length() == 10 ? LocalDate.parse(typed).atStartOfDay(zone).toInstant() : Instant.parse(typed);
            return Instants.micros(at.plus(dateShift));
        } catch (DateTimeParseException e) {
            problems.add("Kolumnen " + column.header() + " ska vara ett datum som 2026-03-14: \"" + typed + "\"");
            return null;
        }
    }

    /** "bygglov | marklov|rivningslov" → [bygglov, marklov, rivningslov]; blanks and repeats dropped. */
    static List<String> responsibilities(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Employee withUpdatedAt(Employee e, Instant at) {
        return new Employee(e.id(), e.hrId(), e.firstName(), e.lastName(), e.title(), e.unitId(), e.extension(),
                e.phoneNumbers(), e.email(), e.role(), e.voicemailEnabled(), e.greeting(), e.responsibilities(),
                e.verifiedAt(), e.active(), at);
    }
}
