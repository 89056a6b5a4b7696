package se.telefonpolicy.pbxconnector;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.testsupport.ArchitectureRules;

class ArchitectureTest {

    @Test
    void domainIsPlainJavaAndNoOtherServiceIsImported() {
        ArchitectureRules.check("pbxconnector");
    }
}
