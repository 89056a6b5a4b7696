package se.telefonpolicy.staffweb.browser;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** staff-web as the local run has it (profile dev-login: its own OIDC provider), in front of the real services. */
public class DevLoginProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "dev-login";
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RunningServices.class));
    }
}
