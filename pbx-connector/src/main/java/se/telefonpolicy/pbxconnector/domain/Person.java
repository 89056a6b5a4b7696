package se.telefonpolicy.pbxconnector.domain;

import java.util.Objects;

/** An active employee as the directory topic describes them: who an extension or mailbox belongs to. */
public record Person(String employeeId, String unitId, String extension) {

    public Person {
        Objects.requireNonNull(employeeId, "employeeId");
    }
}
