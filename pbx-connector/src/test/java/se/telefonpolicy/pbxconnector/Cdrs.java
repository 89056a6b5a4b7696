package se.telefonpolicy.pbxconnector;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Asterisk CDRs exactly as cdr_kafka writes them: its 18 fields in its order, "" for an empty text,
 * Duration and Billsec as JSON integers, local times "YYYY-MM-DD HH:MM:SS".
 */
public final class Cdrs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Cdrs(String uniqueId) {
        fields.put("AccountCode", "");
        fields.put("Source", "");
        fields.put("Destination", "");
        fields.put("DestinationContext", "from-trunk");
        fields.put("CallerID", "");
        fields.put("Channel", "PJSIP/trunk-00000001");
        fields.put("DestinationChannel", "");
        fields.put("LastApplication", "Dial");
        fields.put("LastData", "");
        fields.put("StartTime", "");
        fields.put("AnswerTime", "");
        fields.put("EndTime", "");
        fields.put("Duration", 0);
        fields.put("Billsec", 0);
        fields.put("Disposition", "ANSWERED");
        fields.put("AMAFlags", "DOCUMENTATION");
        fields.put("UniqueID", uniqueId);
        fields.put("UserField", "");
    }

    public static Cdrs cdr(String uniqueId) {
        return new Cdrs(uniqueId);
    }

    /** An external caller to an extension, rung on that extension's phone. */
    public Cdrs inbound(String callerNumber, String extension) {
        fields.put("Source", callerNumber);
        fields.put("CallerID", "\"\" <" + callerNumber + ">");
        fields.put("Destination", extension);
        fields.put("DestinationContext", "from-trunk");
        fields.put("Channel", "PJSIP/trunk-0000" + Math.abs(callerNumber.hashCode() % 1000));
        fields.put("DestinationChannel", "PJSIP/" + extension + "-0000002a");
        fields.put("LastApplication", "Dial");
        fields.put("LastData", "PJSIP/" + extension + ",30");
        return this;
    }

    /** An extension dialling out (the number as dialled). */
    public Cdrs outbound(String extension, String dialled) {
        fields.put("Source", extension);
        fields.put("CallerID", "\"Handläggare\" <" + extension + ">");
        fields.put("Destination", dialled);
        fields.put("DestinationContext", "from-internal");
        fields.put("Channel", "PJSIP/" + extension + "-00000031");
        fields.put("DestinationChannel", "PJSIP/trunk-00000032");
        fields.put("LastApplication", "Dial");
        fields.put("LastData", "PJSIP/" + dialled + "@trunk,60");
        return this;
    }

    /** Ended in VoiceMail for the mailbox, e.g. {@code 1234@default,u}. */
    public Cdrs voicemail(String lastData) {
        fields.put("DestinationChannel", "");
        fields.put("LastApplication", "VoiceMail");
        fields.put("LastData", lastData);
        return this;
    }

    public Cdrs set(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public Cdrs without(String field) {
        fields.remove(field);
        return this;
    }

    /** Start, answer ("" when unanswered) and end, with Duration and Billsec as Asterisk computes them. */
    public Cdrs times(String start, String answer, String end, int duration, int billsec, String disposition) {
        fields.put("StartTime", start);
        fields.put("AnswerTime", answer);
        fields.put("EndTime", end);
        fields.put("Duration", duration);
        fields.put("Billsec", billsec);
        fields.put("Disposition", disposition);
        return this;
    }

    public String json() {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
