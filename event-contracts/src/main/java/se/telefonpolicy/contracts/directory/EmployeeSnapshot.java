package se.telefonpolicy.contracts.directory;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;

/**
 * An employee's full state after a change. The latest snapshot per employee id is the employee.
 * Names, unit and numbers may be missing: DIRECTORY_CORRECT reports exactly that.
 *
 * @param employeeId       the employee's id in this product (the key)
 * @param hrId             the id in the HR system the directory is imported from; optional
 * @param firstName        optional (DIRECTORY_CORRECT)
 * @param lastName         optional (DIRECTORY_CORRECT)
 * @param title            optional, also for DIRECTORY_CORRECT
 * @param unitId           the unit the person belongs to; optional (DIRECTORY_CORRECT)
 * @param extension        the internal short number, 2 to 8 digits; optional
 * @param phoneNumbers     work and mobile numbers, E.164; may be empty (DIRECTORY_CORRECT)
 * @param email            optional
 * @param role             the role towards callers; optional
 * @param voicemailEnabled whether voicemail is activated (VOICEMAIL_ENABLED)
 * @param greeting         the recorded greeting; absent when none is recorded (GREETING_RECORDED)
 * @param responsibilities what the person handles, Swedish keywords the switchboard searches (RIGHT_OFFICER); may be empty
 * @param verifiedAt       when the person last confirmed these details (DIRECTORY_CORRECT: within 365 days); optional
 * @param active           false once the person has left or is not in service; rules skip inactive people
 * @param updatedAt        when this state took effect
 */
public record EmployeeSnapshot(
        String employeeId,
        String hrId,
        String firstName,
        String lastName,
        String title,
        String unitId,
        String extension,
        List<PhoneNumber> phoneNumbers,
        String email,
        EmployeeRole role,
        Boolean voicemailEnabled,
        Greeting greeting,
        List<String> responsibilities,
        Instant verifiedAt,
        Boolean active,
        Instant updatedAt) implements DomainEvent {

    private static final Pattern EXTENSION = Pattern.compile("\\d{2,8}");

    public EmployeeSnapshot {
        Require.text(employeeId, "employeeId");
        Require.optionalText(hrId, "hrId");
        Require.optionalText(firstName, "firstName");
        Require.optionalText(lastName, "lastName");
        Require.optionalText(title, "title");
        Require.optionalText(unitId, "unitId");
        if (extension != null && !EXTENSION.matcher(extension).matches()) {
            throw new InvalidEventException("extension", "must be 2 to 8 digits");
        }
        phoneNumbers = Require.list(phoneNumbers, "phoneNumbers");
        Require.optionalEmail(email, "email");
        Require.value(voicemailEnabled, "voicemailEnabled");
        responsibilities = Require.textList(responsibilities, "responsibilities");
        Require.value(active, "active");
        Require.value(updatedAt, "updatedAt");
    }

    @Override
    public EventType type() {
        return EventType.EMPLOYEE_SNAPSHOT;
    }

    @Override
    public String key() {
        return employeeId;
    }

    @Override
    public String subject() {
        return employeeId;
    }

    @Override
    public Instant occurredAt() {
        return updatedAt;
    }
}
