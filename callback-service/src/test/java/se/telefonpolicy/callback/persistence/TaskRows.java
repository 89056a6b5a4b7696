package se.telefonpolicy.callback.persistence;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** A task's rows as the database holds them (task, its calls, its attempts), to compare states in tests. */
@ApplicationScoped
public class TaskRows {

    private final EntityManager em;

    public TaskRows(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Map<String, Object> snapshot(String taskId) {
        UUID id = UUID.fromString(taskId);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("task", rows("SELECT * FROM callback_task WHERE id = ?1", id));
        state.put("messages", rows("SELECT * FROM callback_message WHERE task_id = ?1 ORDER BY call_id", id));
        state.put("attempts", rows("SELECT * FROM callback_attempt WHERE task_id = ?1 ORDER BY made_at, id", id));
        return state;
    }

    @SuppressWarnings("unchecked")
    private List<String> rows(String sql, UUID id) {
        List<Object> result = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return result.stream().map(r -> r instanceof Object[] a ? Arrays.deepToString(a) : String.valueOf(r)).toList();
    }
}
