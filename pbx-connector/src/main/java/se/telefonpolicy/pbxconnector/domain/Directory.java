package se.telefonpolicy.pbxconnector.domain;

import java.util.Optional;

/** Extension to person, from the compacted directory.employees.v1 (persistence keeps the copy). */
public interface Directory {

    /** The active employee with this extension (a mailbox number is its owner's extension). */
    Optional<Person> byExtension(String extension);
}
