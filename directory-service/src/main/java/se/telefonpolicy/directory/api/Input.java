package se.telefonpolicy.directory.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.directory.Greeting;
import se.telefonpolicy.contracts.directory.OpeningException;
import se.telefonpolicy.contracts.directory.OpeningHours;
import se.telefonpolicy.contracts.directory.PhoneNumber;
import se.telefonpolicy.contracts.directory.ServiceDesk;
import se.telefonpolicy.directory.domain.PhoneNumbers;
import se.telefonpolicy.platform.problem.InvalidFieldException;

/** Turns what a client typed into what is stored: blank means absent, phone numbers become E.164. */
final class Input {

    private Input() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String phoneNumber(String value, String field) {
        if (text(value) == null) {
            return null;
        }
        return PhoneNumbers.toE164(value)
                .orElseThrow(() -> new InvalidFieldException(field, "Not a phone number; write e.g. 070-123 45 67 or +46701234567"));
    }

    static List<PhoneNumber> phoneNumbers(List<PhoneNumberRequest> numbers) {
        List<PhoneNumber> result = new ArrayList<>();
        if (numbers == null) {
            return result;
        }
        for (int i = 0; i < numbers.size(); i++) {
            String field = "phoneNumbers[" + i + "]";
            PhoneNumberRequest n = numbers.get(i);
            if (n == null || n.kind() == null) {
                throw new InvalidFieldException(field + ".kind", "WORK or MOBILE is required");
            }
            String e164 = phoneNumber(n.number(), field + ".number");
            if (e164 == null) {
                throw new InvalidFieldException(field + ".number", "A phone number is required");
            }
            result.add(new PhoneNumber(n.kind(), e164));
        }
        return result;
    }

    /** The contract's own checks, with the field named as the client sent it. */
    static ServiceDesk serviceDesk(ServiceDeskRequest r) {
        if (r == null) {
            return null;
        }
        List<OpeningHours> hours = new ArrayList<>();
        List<ServiceDeskRequest.Hours> sentHours = r.openingHours() == null ? List.of() : r.openingHours();
        for (int i = 0; i < sentHours.size(); i++) {
            var h = sentHours.get(i);
            String field = "serviceDesk.openingHours[" + i + "]";
            hours.add(contract(field, () -> new OpeningHours(h == null ? null : h.day(), h == null ? null : h.opens(),
                    h == null ? null : h.closes())));
        }
        List<OpeningException> exceptions = new ArrayList<>();
        List<ServiceDeskRequest.Exception> sentExceptions = r.exceptions() == null ? List.of() : r.exceptions();
        for (int i = 0; i < sentExceptions.size(); i++) {
            var x = sentExceptions.get(i);
            String field = "serviceDesk.exceptions[" + i + "]";
            exceptions.add(contract(field, () -> new OpeningException(x == null ? null : x.date(), x == null ? null : x.opens(),
                    x == null ? null : x.closes())));
        }
        // BRIEF.md: minimumStaffing defaults to 1
        Integer minimumStaffing = r.minimumStaffing() == null ? Integer.valueOf(1) : r.minimumStaffing();
        return contract("serviceDesk", () -> new ServiceDesk(hours, exceptions, minimumStaffing));
    }

    static Greeting greeting(GreetingRequest r) {
        return r == null ? null : contract("greeting", () -> new Greeting(r.recordedAt(), r.lengthSeconds()));
    }

    private static <T> T contract(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidEventException e) {
            throw new InvalidFieldException(field + "." + e.field(), e.getMessage());
        }
    }

    static List<String> texts(List<String> values) {
        return values == null ? List.of() : values.stream().map(Input::text).filter(v -> v != null).distinct().toList();
    }
}
