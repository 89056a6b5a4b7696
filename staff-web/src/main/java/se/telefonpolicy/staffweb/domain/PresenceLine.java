package se.telefonpolicy.staffweb.domain;

import java.time.Instant;

import se.telefonpolicy.contracts.availability.PresenceStatus;

/**
 * A person's presence as a page shows it: the status in Swedish, since when, the return time in words, the
 * message, and whether the return time has passed (then callers are told something no longer true).
 *
 * @param returns       the return time in words ("i dag 12:30"); null when there is none
 * @param returnMissing a status that needs a return time has none (a PBX change can lack one)
 */
public record PresenceLine(String status, String since, String returns, boolean returnMissing, String message,
        boolean known, boolean available, boolean overdue) {

    public static PresenceLine of(PresenceStatus status, Instant since, Instant returnAt, String message, Instant now) {
        boolean needsReturn = status != null && status.requiresReturnTime();
        // a return time means nothing while the person answers (the service drops it too)
        Instant back = needsReturn ? returnAt : null;
        return new PresenceLine(StatusWords.title(status), since == null ? null : SwedishTime.words(since, now),
                back == null ? null : SwedishTime.words(back, now), needsReturn && back == null,
                message == null || message.isBlank() ? null : message.strip(), true,
                status == PresenceStatus.AVAILABLE, back != null && now.isAfter(back));
    }

    /** No status known (availability-service answered 404): not the same as available. */
    public static PresenceLine unknown() {
        return new PresenceLine("Status okänd", null, null, false, null, false, false, false);
    }

    /** The service's own verdict (the switchboard view's returnOverdue) counts too. */
    public PresenceLine overdue(boolean serviceSaysOverdue) {
        return serviceSaysOverdue && !overdue
                ? new PresenceLine(status, since, returns, returnMissing, message, known, available, true)
                : this;
    }

    /** The colour class beside the words (never the only sign): available green, overdue red, away grey. */
    public String cssClass() {
        return overdue ? "inaktuell" : available ? "tillganglig" : "borta";
    }
}
