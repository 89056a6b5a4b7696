package se.telefonpolicy.compliance.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import se.telefonpolicy.compliance.domain.DirectoryRules;

/** The plain-Java rules, configured. */
public class ComplianceBeans {

    @Produces
    @Singleton
    DirectoryRules directoryRules(ComplianceConfig config) {
        return new DirectoryRules(config.confirmWithin(), config.greetingMaxSeconds());
    }
}
