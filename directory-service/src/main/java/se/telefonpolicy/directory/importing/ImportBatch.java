package se.telefonpolicy.directory.importing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.directory.domain.Employee;
import se.telefonpolicy.directory.domain.EmployeeImportRules;
import se.telefonpolicy.directory.domain.HrRow;
import se.telefonpolicy.directory.domain.Instants;
import se.telefonpolicy.directory.messaging.DirectoryEvents;
import se.telefonpolicy.directory.persistence.EmployeeRepository;
import se.telefonpolicy.directory.persistence.ImportJobRepository.Progress;
import se.telefonpolicy.directory.persistence.ImportJobRepository.RejectedRow;
import se.telefonpolicy.directory.persistence.UnitRepository;

/**
 * One batch of an import in one transaction: the employees it creates or changes, their snapshots in
 * the outbox and the job's progress commit together. An unchanged row writes nothing and emits nothing.
 */
@ApplicationScoped
public class ImportBatch {

    /** Told what a batch did, inside the batch's transaction. */
    public interface Listener {
        void batchDone(Progress progress);
    }

    private final EmployeeRepository employees;
    private final UnitRepository units;
    private final DirectoryEvents events;
    private final Clock clock;

    public ImportBatch(EmployeeRepository employees, UnitRepository units, DirectoryEvents events, Clock clock) {
        this.employees = employees;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /** Upserts the rows by HR id; {@code alreadyRejected} are rows the reader refused, recorded with this batch. */
    @Transactional
    public void upsert(List<HrRow> rows, List<RejectedRow> alreadyRejected, int rowsRead, long bytesRead,
            EmployeeImportRules rules, Listener listener) {
        Instant now = Instants.now(clock);
        Set<String> unitIds = units.allIds();
        Set<String> hrIds = new HashSet<>();
        rows.stream().map(EmployeeImportRules::hrId).filter(Objects::nonNull).forEach(hrIds::add);
        Map<String, Employee> byHrId = employees.findByHrIds(hrIds);
        Map<String, Employee> byId = employees.findEmployeesByIds(hrIds.stream().filter(h -> !byHrId.containsKey(h)).toList());

        List<RejectedRow> rejected = new ArrayList<>(alreadyRejected);
        List<Employee> created = new ArrayList<>();
        List<Employee> changed = new ArrayList<>();
        int unchanged = 0;
        for (HrRow row : rows) {
            String hrId = EmployeeImportRules.hrId(row);
            Employee current = hrId == null ? null : byHrId.get(hrId);
            if (hrId != null && current == null && byId.containsKey(hrId)) {
                Employee sameId = byId.get(hrId);
                if (sameId.hrId() != null) {
                    rejected.add(new RejectedRow(row.line(), hrId, "Det finns redan en anställd med id " + hrId
                            + " och ett annat anställningsnummer (" + sameId.hrId() + ")"));
                    continue;
                }
                // entered by hand before the HR system knew them: the import takes them over
                current = sameId;
            }
            EmployeeImportRules.Outcome outcome = rules.apply(row, current, unitIds::contains, now);
            if (outcome instanceof EmployeeImportRules.Rejected r) {
                rejected.add(new RejectedRow(row.line(), hrId, r.reason()));
            } else if (outcome instanceof EmployeeImportRules.Accepted a) {
                if (!a.changed()) {
                    unchanged++;
                    continue;
                }
                try {
                    DirectoryEvents.snapshot(a.employee());
                } catch (InvalidEventException e) {
                    rejected.add(new RejectedRow(row.line(), hrId, "Ogiltigt värde i " + e.field() + ": " + e.getMessage()));
                    continue;
                }
                (a.created() ? created : changed).add(a.employee());
            }
        }
        employees.saveBatch(created, changed);
        List<Employee> publish = new ArrayList<>(created);
        publish.addAll(changed);
        events.employeesChanged(publish);
        listener.batchDone(new Progress(bytesRead, rowsRead, created.size(), changed.size(), unchanged, 0, rejected));
    }

    /** Deactivates these employees (a full import did not list them), publishing each one's snapshot. */
    @Transactional
    public void deactivate(List<String> employeeIds, long bytesRead, Listener listener) {
        Instant now = Instants.now(clock);
        List<Employee> deactivated = employees.findEmployeesByIds(employeeIds).values().stream()
                .filter(Employee::active).map(e -> e.deactivated(now)).toList();
        employees.saveBatch(List.of(), deactivated);
        events.employeesChanged(deactivated);
        listener.batchDone(new Progress(bytesRead, 0, 0, 0, 0, deactivated.size(), List.of()));
    }
}
