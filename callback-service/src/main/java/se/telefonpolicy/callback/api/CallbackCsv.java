package se.telefonpolicy.callback.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A task list as a spreadsheet for the unit's follow-up: Swedish headers, semicolons and a BOM so
 * that Excel set to Swedish opens it as it is, local Stockholm times. The caller's number is left
 * out on purpose: a file travels further than the service, personal data should not.
 */
final class CallbackCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final String HEADER = "Uppgift;Status;Ursprung;Handläggare;Enhet;Inkom;Ska ringas senast;Antal meddelanden;"
            + "Senaste meddelande;Första försök;I tid;Försenad;Utfall;Avslutad";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CallbackCsv() {
    }

    static String of(List<CallbackView> tasks, ZoneId zone) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (CallbackView t : tasks) {
            csv.append(String.join(";",
                    t.id().toString(),
                    t.status() == null ? "" : swedish(t.status().name()),
                    t.origin() == null ? "" : swedish(t.origin().name()),
                    text(t.employeeId()),
                    text(t.unitId()),
                    time(t.receivedAt(), zone),
                    time(t.dueAt(), zone),
                    Integer.toString(t.messageCount()),
                    time(t.lastMessageAt(), zone),
                    time(t.firstAttemptAt(), zone),
                    t.onTime() == null ? "" : (t.onTime() ? "ja" : "nej"),
                    t.overdue() ? "ja" : "nej",
                    t.outcome() == null ? "" : t.outcome().name(),
                    time(t.completedAt(), zone))).append("\r\n");
        }
        return csv.toString();
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

    /** Ids come from the PBX and the directory: a separator or quote in one must not shift the columns. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(";") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }
}
