package se.telefonpolicy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The development login page as StaffWebRenderBenchmark reads it: one form per person. */
class LoginFormTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="sv"><head><title>Utvecklingsinloggning</title></head>
            <body>
              <h1>Logga in som</h1>
              <form method="post" action="/dev-oidc/authorize">
                <input type="hidden" name="response_type" value="code">
                <input type="hidden" name="client_id" value="staff-web">
                <input type="hidden" name="redirect_uri" value="http://localhost:8086/aterringningar">
                <input type="hidden" name="state" value="a1b2&amp;c3">
                <input type="hidden" name="nonce" value="n-0S6_WzA2Mj">
                <input type="hidden" name="scope" value="openid">
                <button type="submit" name="employee" value="10500">Mattias Holmberg, handläggare</button>
              </form>
              <FORM ACTION='/dev-oidc/authorize' METHOD='POST'>
                <input value='code' name='response_type' type='hidden'/>
                <input type="hidden" name="client_id" value="staff-web">
                <input type="hidden" name="redirect_uri" value="http://localhost:8086/aterringningar">
                <input type="hidden" name="state" value="&#39;x&#x27;">
                <input type="hidden" name="nonce" value="n-0S6_WzA2Mj">
                <input type="hidden" name="scope" value="openid">
                <input type="text" name="not-posted" value="ignored">
                <button class="person" value="10064" name="employee" type="submit">Malin Haddad, växeln</button>
              </FORM>
            </body></html>
            """;

    @Test
    void findsThePersonsFormWithItsHiddenFieldsAndTheButton() {
        LoginForm form = LoginForm.find(PAGE, "10500").orElseThrow();
        assertThat(form.action()).isEqualTo("/dev-oidc/authorize");
        assertThat(form.fields()).containsExactly(Map.entry("response_type", "code"), Map.entry("client_id", "staff-web"),
                Map.entry("redirect_uri", "http://localhost:8086/aterringningar"), Map.entry("state", "a1b2&c3"),
                Map.entry("nonce", "n-0S6_WzA2Mj"), Map.entry("scope", "openid"), Map.entry("employee", "10500"));
        assertThat(StaffWebRenderBenchmark.formBody(form.fields())).isEqualTo("response_type=code&client_id=staff-web"
                + "&redirect_uri=http%3A%2F%2Flocalhost%3A8086%2Faterringningar&state=a1b2%26c3&nonce=n-0S6_WzA2Mj"
                + "&scope=openid&employee=10500");
    }

    @Test
    void readsAttributesInAnyOrderAndCaseWithEitherQuoteAndSkipsOtherInputs() {
        LoginForm form = LoginForm.find(PAGE, "10064").orElseThrow();
        assertThat(form.action()).isEqualTo("/dev-oidc/authorize");
        assertThat(form.fields()).containsEntry("response_type", "code").containsEntry("state", "'x'")
                .containsEntry("employee", "10064").doesNotContainKey("not-posted").hasSize(7);
    }

    @Test
    void noFormForSomeoneNotOnThePage() {
        assertThat(LoginForm.find(PAGE, "10499")).isEmpty();
        assertThat(LoginForm.find("<html><body>Inte inloggningssidan</body></html>", "10500")).isEmpty();
    }

    @Test
    void everyPersonSeesTheCommonPagesAndOnlyTheirRolesOthers() {
        assertThat(StaffWebRenderBenchmark.PEOPLE).extracting(StaffWebRenderBenchmark.Person::employee)
                .containsExactly("10500", "10499", "10498", "10064");
        assertThat(StaffWebRenderBenchmark.PEOPLE.get(0).pages()).containsExactly("/aterringningar", "/hanvisning", "/uppgifter");
        assertThat(StaffWebRenderBenchmark.PEOPLE.get(1).pages()).endsWith("/enheten").doesNotContain("/vaxeln");
        assertThat(StaffWebRenderBenchmark.PEOPLE.get(3).pages()).endsWith("/vaxeln", "/vaxeln/sok?q=bygglov")
                .doesNotContain("/enheten");
    }
}
