package se.telefonpolicy.pbxconnector.api;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.testsupport.ServiceEndpointsContract;

@QuarkusTest
class ServiceEndpointsTest extends ServiceEndpointsContract {

    @Override
    protected String anApiPath() {
        return "/api/v1/pbx/events";
    }
}
