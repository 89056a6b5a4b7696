package se.telefonpolicy.compliance.domain;

import java.time.Instant;
import java.util.Objects;

import se.telefonpolicy.contracts.compliance.RuleId;

/** A callback task as compliance sees it: whose, under which rule, due when, done when. */
public record CallbackDeadline(String taskId, RuleId ruleId, String unitId, String employeeId, Instant dueAt,
        Instant completedAt) {

    public CallbackDeadline {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    public boolean isOverdue(Instant now) {
        return completedAt == null && now.isAfter(dueAt);
    }
}
