package se.telefonpolicy.pbxconnector;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import se.telefonpolicy.testsupport.ServiceTestResources;

/** Every test of this module runs against the shared real broker and a fresh database of its own. */
@QuarkusTestResource(value = ServiceTestResources.class, initArgs = @ResourceArg(name = "service", value = "pbx"))
public class PbxTestResources {
}
