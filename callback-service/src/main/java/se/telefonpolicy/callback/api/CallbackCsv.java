package se.telefonpolicy.callback.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import se.telefonpolicy.platform.csv.SpreadsheetCsv;

/**
 * A task list as a spreadsheet for the unit's follow-up (platform's {@link SpreadsheetCsv}: semicolons and a
 * BOM so that Excel set to Swedish opens it as it is), Swedish headers, local Stockholm times. The caller's
 * number is left out on purpose: a file travels further than the service, personal data should not.
 */
final class CallbackCsv {

    static final String MEDIA_TYPE = SpreadsheetCsv.MEDIA_TYPE;

    private static final List<String> HEADER = List.of("Uppgift", "Status", "Ursprung", "Handläggare", "Enhet", "Inkom",
            "Ska ringas senast", "Antal meddelanden", "Senaste meddelande", "Första försök", "I tid", "Försenad", "Utfall",
            "Avslutad");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CallbackCsv() {
    }

    static String of(List<CallbackView> tasks, ZoneId zone) {
        return SpreadsheetCsv.of(HEADER, tasks.stream().map(t -> List.of(
                t.id().toString(),
                t.status() == null ? "" : swedish(t.status().name()),
                t.origin() == null ? "" : swedish(t.origin().name()),
                nonNull(t.employeeId()),
                nonNull(t.unitId()),
                time(t.receivedAt(), zone),
                time(t.dueAt(), zone),
                Integer.toString(t.messageCount()),
                time(t.lastMessageAt(), zone),
                time(t.firstAttemptAt(), zone),
                t.onTime() == null ? "" : (t.onTime() ? "ja" : "nej"),
                t.overdue() ? "ja" : "nej",
                t.outcome() == null ? "" : t.outcome().name(),
                time(t.completedAt(), zone))).toList());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String swedish(String name) {
        return switch (name) {
            case "OPEN" -> "öppen";
            case "COMPLETED" -> "avslutad";
            case "VOICEMAIL" -> "röstbrevlåda";
            case "PROMISE" -> "löfte";
            case "MISSED_CALL" -> "missat samtal";
            default -> name;
        };
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : LOCAL.format(at.atZone(zone));
    }
}
