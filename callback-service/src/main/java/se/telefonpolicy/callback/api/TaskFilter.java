package se.telefonpolicy.callback.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.domain.CallbackTask.TaskStatus;
import se.telefonpolicy.platform.problem.InvalidFieldException;

/** The list views' query parameters: {@code status} (OPEN by default, or COMPLETED) and {@code overdue}. */
record TaskFilter(TaskStatus status, Boolean overdue) {

    static TaskFilter parse(String status, String overdue) {
        TaskStatus s;
        try {
            s = status == null || status.isBlank() ? TaskStatus.OPEN : TaskStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("status", "must be OPEN or COMPLETED");
        }
        Boolean o = null;
        if (overdue != null && !overdue.isBlank()) {
            switch (overdue.trim().toLowerCase(Locale.ROOT)) {
                case "true" -> o = true;
                case "false" -> o = false;
                default -> throw new InvalidFieldException("overdue", "must be true or false");
            }
        }
        return new TaskFilter(s, o);
    }

    List<CallbackView> apply(List<CallbackTask> tasks, Instant now) {
        return tasks.stream()
                .filter(t -> overdue == null || t.isOverdue(now) == overdue)
                .map(t -> CallbackView.of(t, now))
                .toList();
    }
}
