package se.telefonpolicy.directory;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.testsupport.ArchitectureRules;

class ArchitectureTest {

    @Test
    void domainIsPlainJavaAndNoOtherServiceIsImported() {
        ArchitectureRules.check("directory");
    }
}
