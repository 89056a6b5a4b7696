package se.telefonpolicy.pbxconnector.domain;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads one cdr_kafka record: a JSON object with Asterisk's field names. The fields the mapping needs
 * must be present (an empty string is a value: cdr_kafka writes "" for an empty field); the others may
 * be missing. Problems are {@link CdrRejected} naming the field.
 */
public final class CdrParser {

    /** cdr_kafka's DATE_FORMAT: "%Y-%m-%d %T", the PBX's local time without a zone. */
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private CdrParser() {
    }

    public static CdrRecord parse(String json) {
        if (json == null || json.isBlank()) {
            throw new CdrRejected(RejectReason.MALFORMED_JSON, "$", "is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // the parser's message may quote the record; only the kind of problem is kept
            throw new CdrRejected(RejectReason.MALFORMED_JSON, "$", "is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new CdrRejected(RejectReason.MALFORMED_JSON, "$", "must be one JSON object");
        }
        String disposition = required(root, "Disposition");
        return new CdrRecord(
                optional(root, "AccountCode"),
                required(root, "Source"),
                nonEmpty(root, "Destination"),
                optional(root, "DestinationContext"),
                optional(root, "CallerID"),
                optional(root, "Channel"),
                required(root, "DestinationChannel"),
                required(root, "LastApplication"),
                required(root, "LastData"),
                time(root, "StartTime", true),
                time(root, "AnswerTime", false),
                time(root, "EndTime", true),
                seconds(root, "Duration"),
                seconds(root, "Billsec"),
                Disposition.of(disposition).orElseThrow(() -> new CdrRejected(RejectReason.INVALID_FIELD, "Disposition",
                        "must be one of ANSWERED, NO ANSWER, BUSY, FAILED, CONGESTION")),
                optional(root, "AMAFlags"),
                nonEmpty(root, "UniqueID"),
                optional(root, "UserField"));
    }

    private static String required(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new CdrRejected(RejectReason.MISSING_FIELD, field, "is required");
        }
        if (!node.isTextual()) {
            throw new CdrRejected(RejectReason.INVALID_FIELD, field, "must be a string");
        }
        return node.textValue().trim();
    }

    private static String nonEmpty(JsonNode root, String field) {
        String value = required(root, field);
        if (value.isEmpty()) {
            throw new CdrRejected(RejectReason.MISSING_FIELD, field, "must not be empty");
        }
        return value;
    }

    private static String optional(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || !node.isTextual() ? "" : node.textValue().trim();
    }

    private static LocalDateTime time(JsonNode root, String field, boolean mandatory) {
        String value = required(root, field);
        if (value.isEmpty()) {
            if (mandatory) {
                throw new CdrRejected(RejectReason.MISSING_FIELD, field, "must not be empty");
            }
            return null;
        }
        try {
            return LocalDateTime.parse(value, LOCAL_TIME);
        } catch (DateTimeParseException e) {
            throw new CdrRejected(RejectReason.INVALID_FIELD, field, "must be a local time like 2026-11-30 10:02:11");
        }
    }

    private static int seconds(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new CdrRejected(RejectReason.MISSING_FIELD, field, "is required");
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            throw new CdrRejected(RejectReason.INVALID_FIELD, field, "must be a whole number of seconds, 0 or more");
        }
        return node.intValue();
    }
}
