package se.telefonpolicy.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layering every service keeps (STYLE.md): {@code domain} is plain Java — none of the service's
 * {@code api}, {@code messaging}, {@code persistence}, nor Quarkus, CDI, JPA or JAX-RS — and no
 * service imports another service's packages. A service's {@code ArchitectureTest} calls {@link #check}.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("directory", "availability", "callback", "compliance", "pbxconnector");

    private ArchitectureRules() {
    }

    /** @param service the service's package name under se.telefonpolicy, e.g. "callback" */
    public static void check(String service) {
        String root = "se.telefonpolicy." + service;
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
        if (classes.isEmpty()) {
            throw new AssertionError("No classes found under " + root);
        }
        noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        root + ".api..", root + ".messaging..", root + ".persistence..", root + ".config..",
                        "io.quarkus..", "jakarta.enterprise..", "jakarta.inject..", "jakarta.persistence..",
                        "jakarta.ws.rs..", "jakarta.transaction..", "org.eclipse.microprofile..")
                .because("domain rules are plain Java, unit-tested without Quarkus")
                .check(classes);
        for (String other : SERVICES) {
            if (!other.equals(service)) {
                noClasses().should().dependOnClassesThat().resideInAPackage("se.telefonpolicy." + other + "..")
                        .because("services talk only through Kafka, never through each other's code")
                        .check(classes);
            }
        }
    }
}
