package se.telefonpolicy.staffweb.login;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people the development login offers: a few of the sample municipality (directory-service's sample, where the
 * employee id is the HR number), one per way of using the pages. Only for the local run and the tests.
 */
public final class DevLoginPeople {

    /** @param unitId the unit a manager's token names; null for others */
    public record Person(String employeeId, String firstName, String lastName, String title, String unitName,
            List<String> roles, String unitId, String use) {

        public String name() {
            return firstName + " " + lastName;
        }

        /** the heading the login page lists them under */
        public String roleGroup() {
            return roles.contains("manager") ? "Chefer" : roles.contains("switchboard") ? "Växeln" : "Handläggare";
        }
    }

    public static final List<Person> ALL = List.of(
            new Person("10500", "Mattias", "Holmberg", "Bygglovshandläggare", "Bygglov", List.of("employee"), null,
                    "Mina återuppringningar, Min hänvisning, Mina uppgifter"),
            new Person("10501", "Petra", "Norberg", "Bygglovshandläggare", "Bygglov", List.of("employee"), null,
                    "samma sidor som Mattias, hans kollega"),
            new Person("10499", "Sven", "Haddad", "Bygglovschef", "Bygglov", List.of("manager", "employee"),
                    "sbf-bygglov", "Enheten för Bygglov"),
            new Person("10498", "Hanna", "Åberg", "Samhällsbyggnadschef", "Samhällsbyggnadsförvaltningen",
                    List.of("manager", "employee"), "sbf", "Enheten för hela Samhällsbyggnadsförvaltningen med dess enheter"),
            new Person("10064", "Malin", "Haddad", "Kommunvägledare", "Kontaktcenter", List.of("switchboard", "employee"),
                    null, "Växeln: sök handläggare och se vem som kan svara"));

    private DevLoginPeople() {
    }

    /** By role, case officers first: what the login page shows. */
    public static Map<String, List<Person>> byRole() {
        Map<String, List<Person>> groups = new LinkedHashMap<>();
        ALL.forEach(p -> groups.computeIfAbsent(p.roleGroup(), g -> new ArrayList<>()).add(p));
        return groups;
    }

    public static Optional<Person> byId(String employeeId) {
        return ALL.stream().filter(p -> p.employeeId().equals(employeeId)).findFirst();
    }
}
