package se.telefonpolicy.contracts;

import java.time.Instant;

/**
 * Every event record implements this. The four methods are the CloudEvents mapping and the Kafka
 * key; none of them is a JSON property (they are not record components).
 */
public interface DomainEvent {

    /** Its ce_type, topic and data class. */
    EventType type();

    /** The Kafka record key, per {@link Topic#key()}: one entity's events share it and stay in order. */
    String key();

    /** ce_subject: the id of the entity the event is about (a call, a task, an employee, a breach). */
    String subject();

    /** ce_time: when it happened, in UTC. */
    Instant occurredAt();
}
