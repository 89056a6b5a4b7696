package se.telefonpolicy.pbxconnector.domain;

import java.time.LocalDateTime;

/**
 * One Asterisk call detail record as cdr_kafka writes it, read and typed ({@link CdrParser}). Text
 * fields are never null (cdr_kafka writes "" for an empty one); times are the PBX's local time.
 *
 * @param answerTime null when the call was not answered (cdr_kafka writes "")
 */
public record CdrRecord(
        String accountCode,
        String source,
        String destination,
        String destinationContext,
        String callerId,
        String channel,
        String destinationChannel,
        String lastApplication,
        String lastData,
        LocalDateTime startTime,
        LocalDateTime answerTime,
        LocalDateTime endTime,
        int duration,
        int billsec,
        Disposition disposition,
        String amaFlags,
        String uniqueId,
        String userField) {
}
