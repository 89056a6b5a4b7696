package se.telefonpolicy.pbxconnector.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.pbx.CallAnswered;
import se.telefonpolicy.contracts.pbx.CallMissed;
import se.telefonpolicy.contracts.pbx.CallOffered;
import se.telefonpolicy.contracts.pbx.CallTransferred;
import se.telefonpolicy.contracts.pbx.MissedCallReason;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;

/**
 * Maps one Asterisk CDR to the canonical PBX events (the table in docs/pbx-integration.md). The call id
 * is the CDR's UniqueID; the key is the internal party the call was addressed to.
 *
 * <ul>
 *   <li>to an internal extension, answered: CallOffered + CallAnswered; answered on another extension than the
 *       one dialled (a forwarding rule, a pickup): CallOffered + CallTransferred (by the PBX) + CallAnswered</li>
 *   <li>to an internal extension, NO ANSWER / BUSY: CallOffered + CallMissed</li>
 *   <li>ended in VoiceMail (LastData {@code 1234@default,u}): CallOffered + CallMissed (BUSY for the {@code b}
 *       option, else NO_ANSWER) and, with Billsec &gt; 0, VoicemailLeft for the mailbox's owner</li>
 *   <li>ended in the Transfer application: CallOffered + CallTransferred to its target</li>
 *   <li>from an internal extension to an external number: OutboundCallPlaced (answered = ANSWERED)</li>
 *   <li>to an internal extension, FAILED / CONGESTION, or a feature code: no event (ignored, counted)</li>
 * </ul>
 */
public final class CdrMapping {

    /** The resource of a channel name: {@code PJSIP/1235-0000002a} → {@code 1235}, {@code Local/1235@ctx-…} → {@code 1235}. */
    private static final Pattern CHANNEL_RESOURCE = Pattern.compile("^[A-Za-z0-9_]+/([^@;/\\-]+)");

    private final NumberPlan plan;
    private final ZoneId pbxZone;

    public CdrMapping(NumberPlan plan, ZoneId pbxZone) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.pbxZone = Objects.requireNonNull(pbxZone, "pbxZone");
    }

    /** @throws CdrRejected when the record cannot be mapped: a dead letter with that reason */
    public CdrOutcome map(CdrRecord cdr, Directory directory) {
        try {
            return mapChecked(cdr, directory);
        } catch (InvalidEventException e) {
            // an event the contract refuses: the record's values are at fault, e.g. an answer before the start
            throw new CdrRejected(RejectReason.INVALID_FIELD, "$", "makes an invalid " + e.getMessage());
        }
    }

    private CdrOutcome mapChecked(CdrRecord cdr, Directory directory) {
        Party from = plan.caller(cdr.source());
        boolean voicemail = "VoiceMail".equalsIgnoreCase(cdr.lastApplication());
        Party to = plan.called(cdr.destination(), from.isInternal());
        if (!voicemail && to.kind() == Party.Kind.FEATURE_CODE) {
            return CdrOutcome.ignored(CdrOutcome.IgnoreReason.FEATURE_CODE);
        }
        if (voicemail) {
            return voicemail(cdr, from, to, directory);
        }
        if (to.isInternal()) {
            return inbound(cdr, from, to, directory);
        }
        if (from.isInternal() && to.isExternal()) {
            return outbound(cdr, from, to, directory);
        }
        if (to.kind() == Party.Kind.WITHHELD) {
            throw new CdrRejected(RejectReason.INVALID_FIELD, "Destination", "is not an extension nor a phone number");
        }
        throw new CdrRejected(RejectReason.NO_INTERNAL_PARTY, "Destination",
                "is external and so is Source: neither party is an extension of the number plan");
    }

    private CdrOutcome inbound(CdrRecord cdr, Party from, Party to, Directory directory) {
        Person addressed = person(directory, to.extension(), "Destination");
        if (cdr.disposition() == Disposition.FAILED || cdr.disposition() == Disposition.CONGESTION) {
            return CdrOutcome.ignored(CdrOutcome.IgnoreReason.NOT_CONNECTED);
        }
        String callId = cdr.uniqueId();
        String caller = callerNumber(from);
        Instant start = instant(cdr.startTime());
        List<DomainEvent> events = new ArrayList<>();
        events.add(new CallOffered(callId, addressed.employeeId(), null, caller,
                plan.directNumber(to.extension()).orElse(null), start));

        if ("Transfer".equalsIgnoreCase(cdr.lastApplication())) {
            events.add(transfer(cdr, addressed, transferTarget(cdr.lastData(), directory),
                    instant(cdr.answerTime() != null ? cdr.answerTime() : cdr.endTime())));
            return CdrOutcome.of(events);
        }
        switch (cdr.disposition()) {
            case ANSWERED -> {
                if (cdr.answerTime() == null) {
                    throw new CdrRejected(RejectReason.MISSING_FIELD, "AnswerTime", "must not be empty for an ANSWERED call");
                }
                Instant answered = instant(cdr.answerTime());
                Person answeredBy = answeredOn(cdr.destinationChannel(), directory).orElse(addressed);
                if (!answeredBy.employeeId().equals(addressed.employeeId())) {
                    events.add(transfer(cdr, addressed, Target.person(answeredBy), answered));
                }
                events.add(new CallAnswered(callId, addressed.employeeId(), null, answeredBy.employeeId(), answered,
                        seconds(start, answered)));
            }
            case NO_ANSWER, BUSY -> {
                Instant ended = instant(cdr.endTime());
                events.add(new CallMissed(callId, addressed.employeeId(), null, caller,
                        cdr.disposition() == Disposition.BUSY ? MissedCallReason.BUSY : MissedCallReason.NO_ANSWER,
                        ended, seconds(start, ended)));
            }
            default -> throw new IllegalStateException("handled above: " + cdr.disposition());
        }
        return CdrOutcome.of(events);
    }

    private CdrOutcome voicemail(CdrRecord cdr, Party from, Party to, Directory directory) {
        Mailbox mailbox = Mailbox.parse(cdr.lastData());
        Person owner = person(directory, mailbox.number(), "LastData");
        // the dialled extension is the addressed party; a voicemail pilot or a queue number is not: then the owner
        Person addressed = to.isInternal() ? directory.byExtension(to.extension()).orElse(owner) : owner;
        String callId = cdr.uniqueId();
        String caller = callerNumber(from);
        Instant start = instant(cdr.startTime());
        // VoiceMail answers the channel: AnswerTime is when the greeting started, i.e. when nobody had picked up
        Instant toMailbox = instant(cdr.answerTime() != null ? cdr.answerTime() : cdr.endTime());
        List<DomainEvent> events = new ArrayList<>();
        events.add(new CallOffered(callId, addressed.employeeId(), null, caller,
                to.isInternal() ? plan.directNumber(to.extension()).orElse(null) : null, start));
        events.add(new CallMissed(callId, addressed.employeeId(), null, caller,
                mailbox.busy() ? MissedCallReason.BUSY : MissedCallReason.NO_ANSWER, toMailbox, seconds(start, toMailbox)));
        if (cdr.billsec() > 0) {
            // the message exists once the call ends; Billsec is the time in VoiceMail, greeting included
            events.add(new VoicemailLeft(callId, owner.employeeId(), null, caller, instant(cdr.endTime()), cdr.billsec()));
        }
        return CdrOutcome.of(events);
    }

    private CdrOutcome outbound(CdrRecord cdr, Party from, Party to, Directory directory) {
        Person caller = person(directory, from.extension(), "Source");
        return CdrOutcome.of(List.of(new OutboundCallPlaced(cdr.uniqueId(), caller.employeeId(), to.e164(),
                instant(cdr.startTime()), cdr.disposition() == Disposition.ANSWERED, cdr.billsec())));
    }

    /** A transfer as one CDR shows it: one hop (a chain of transfers spans several CDRs Asterisk does not link here). */
    private static CallTransferred transfer(CdrRecord cdr, Person from, Target target, Instant at) {
        return new CallTransferred(cdr.uniqueId(), from.employeeId(), null,
                target.person() == null ? null : target.person().employeeId(), null, target.number(), null, 1, at);
    }

    private Target transferTarget(String lastData, Directory directory) {
        String target = lastData.split(",", 2)[0].trim();
        Matcher channel = CHANNEL_RESOURCE.matcher(target);
        if (channel.find()) {
            target = channel.group(1);
        }
        target = target.split("@", 2)[0];
        Party party = plan.called(target, true);
        if (party.isInternal()) {
            return Target.person(person(directory, party.extension(), "LastData"));
        }
        if (party.isExternal()) {
            return new Target(null, party.e164());
        }
        throw new CdrRejected(RejectReason.INVALID_FIELD, "LastData", "names no extension nor number to transfer to");
    }

    /** The person whose device answered, from DestinationChannel; empty when it is no known extension (a trunk, a queue). */
    private Optional<Person> answeredOn(String destinationChannel, Directory directory) {
        Matcher m = CHANNEL_RESOURCE.matcher(destinationChannel);
        if (!m.find() || !plan.isExtension(m.group(1))) {
            return Optional.empty();
        }
        return directory.byExtension(m.group(1));
    }

    private static Person person(Directory directory, String extension, String field) {
        return directory.byExtension(extension).orElseThrow(() -> new CdrRejected(RejectReason.UNKNOWN_EXTENSION, field,
                "names an extension no active employee has in the directory"));
    }

    /** A colleague calling from inside is reachable on their direct-dial number, if the plan has one. */
    private String callerNumber(Party from) {
        return switch (from.kind()) {
            case EXTERNAL -> from.e164();
            case INTERNAL -> plan.directNumber(from.extension()).orElse(null);
            default -> null;
        };
    }

    private Instant instant(LocalDateTime local) {
        // a time in the repeated autumn hour is read as the earlier one (ZonedDateTime's rule)
        return ZonedDateTime.ofLocal(local, pbxZone, null).toInstant();
    }

    private static int seconds(Instant from, Instant to) {
        return (int) Math.max(0, Duration.between(from, to).toSeconds());
    }

    private record Target(Person person, String number) {
        static Target person(Person person) {
            return new Target(person, null);
        }
    }

    /** VoiceMail's first argument: {@code 1234@default,u} is mailbox 1234 in context default, "unavailable" greeting. */
    record Mailbox(String number, boolean busy) {

        static Mailbox parse(String lastData) {
            String[] arguments = lastData.split(",", 2);
            // several mailboxes are written 1234@default&1235@default: the first is the owner
            String first = arguments[0].split("&", 2)[0].trim();
            String number = first.split("@", 2)[0].trim();
            if (number.isEmpty()) {
                throw new CdrRejected(RejectReason.MISSING_FIELD, "LastData", "names no mailbox (expected like 1234@default,u)");
            }
            String options = arguments.length > 1 ? arguments[1].toLowerCase(Locale.ROOT) : "";
            return new Mailbox(number, options.contains("b") && !options.contains("u"));
        }
    }
}
