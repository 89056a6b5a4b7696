package se.telefonpolicy.compliance.persistence;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import se.telefonpolicy.compliance.domain.CallbackDeadline;
import se.telefonpolicy.contracts.compliance.RuleId;

@ApplicationScoped
public class CallbackDeadlineRepository implements PanacheRepositoryBase<CallbackDeadlineEntity, String> {

    public void saveIfNew(CallbackDeadline d) {
        if (findByIdOptional(d.taskId()).isPresent()) {
            return;
        }
        CallbackDeadlineEntity e = new CallbackDeadlineEntity();
        e.taskId = d.taskId();
        e.ruleId = d.ruleId().name();
        e.unitId = d.unitId();
        e.employeeId = d.employeeId();
        e.dueAt = d.dueAt();
        e.completedAt = d.completedAt();
        persist(e);
    }

    public void markCompleted(String taskId, Instant completedAt) {
        findByIdOptional(taskId).ifPresent(e -> e.completedAt = completedAt);
    }

    public List<CallbackDeadline> openForUnit(String unitId) {
        return find("unitId = ?1 and completedAt is null", Sort.by("dueAt"), unitId).stream()
                .map(CallbackDeadlineRepository::toDeadline).toList();
    }

    private static CallbackDeadline toDeadline(CallbackDeadlineEntity e) {
        return new CallbackDeadline(e.taskId, RuleId.valueOf(e.ruleId), e.unitId, e.employeeId, e.dueAt, e.completedAt);
    }
}
