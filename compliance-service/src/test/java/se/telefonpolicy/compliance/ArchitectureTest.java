package se.telefonpolicy.compliance;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.testsupport.ArchitectureRules;

class ArchitectureTest {

    @Test
    void domainIsPlainJavaAndNoOtherServiceIsImported() {
        ArchitectureRules.check("compliance");
    }
}
