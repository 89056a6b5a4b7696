package se.telefonpolicy.simulator.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.telefonpolicy.calendar.TimeRange;
import se.telefonpolicy.calendar.WeeklySchedule;

/** The municipality the simulator plays: its units (a tree) and the people in them. */
public final class Municipality {

    /**
     * A unit; a service desk (servicefunktion) has opening hours and a minimum staffing.
     *
     * @param openingHours null unless a service desk
     */
    public record Unit(String id, String name, String parentId, boolean serviceDesk, int minimumStaffing,
            WeeklySchedule openingHours, Map<LocalDate, List<TimeRange>> exceptions, boolean missedCallsCreateTasks) {

        public Unit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            if (serviceDesk && openingHours == null) {
                throw new IllegalArgumentException("service desk " + id + " needs opening hours");
            }
            exceptions = exceptions == null ? Map.of() : Map.copyOf(exceptions);
        }

        /** A plain unit, no service desk. */
        public static Unit plain(String id, String name, String parentId) {
            return new Unit(id, name, parentId, false, 0, null, Map.of(), false);
        }

        /** A service desk's hours that day: its dated exception if it has one (empty: closed), else its week. */
        public List<TimeRange> openOn(LocalDate date) {
            List<TimeRange> exception = exceptions.get(date);
            return exception != null ? exception : openingHours.on(date.getDayOfWeek());
        }
    }

    public record Employee(String id, String unitId, String name, boolean voicemailEnabled) {

        public Employee {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(unitId, "unitId");
        }
    }

    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final List<Employee> employees;
    private final Map<String, List<Employee>> membersByUnit = new LinkedHashMap<>();

    private final java.util.Set<String> managers;

    public Municipality(List<Unit> units, List<Employee> employees) {
        this(units, employees, java.util.Set.of());
    }

    /** @param managers the employee ids that manage a unit */
    public Municipality(List<Unit> units, List<Employee> employees, java.util.Set<String> managers) {
        this.managers = java.util.Set.copyOf(managers);
        units.stream().sorted(Comparator.comparing(Unit::id)).forEach(u -> this.units.put(u.id(), u));
        this.employees = employees.stream().sorted(Comparator.comparing(Employee::id)).toList();
        for (Employee e : this.employees) {
            if (!this.units.containsKey(e.unitId())) {
                throw new IllegalArgumentException("employee " + e.id() + " is in unknown unit " + e.unitId());
            }
            membersByUnit.computeIfAbsent(e.unitId(), id -> new ArrayList<>()).add(e);
        }
    }

    /** Units in id order, so that a seed always walks them the same way. */
    public List<Unit> units() {
        return List.copyOf(units.values());
    }

    public List<Employee> employees() {
        return employees;
    }

    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(units.get(id));
    }

    public List<Employee> membersOf(String unitId) {
        return membersByUnit.getOrDefault(unitId, List.of());
    }

    public boolean isManager(String employeeId) {
        return managers.contains(employeeId);
    }

    /** The top of the unit's branch: its department (förvaltning). */
    public Unit departmentOf(String unitId) {
        Unit unit = units.get(unitId);
        while (unit.parentId() != null && units.containsKey(unit.parentId())) {
            unit = units.get(unit.parentId());
        }
        return unit;
    }
}
