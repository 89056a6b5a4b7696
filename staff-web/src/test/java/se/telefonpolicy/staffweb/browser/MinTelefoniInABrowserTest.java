package se.telefonpolicy.staffweb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.KafkaTestClient;

/**
 * "Min telefoni" in a real headless Chromium against staff-web (as the local run has it, with its development login)
 * and the real services on the test broker and PostgreSQL, the sample municipality in the directory. Every page is
 * checked by axe-core for WCAG 2.1 A/AA and photographed (target/screenshots; the README's pictures are these).
 */
@QuarkusTest
@TestProfile(DevLoginProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MinTelefoniInABrowserTest {

    static final String OFFICER = "10500";          // Mattias Holmberg, bygglovshandläggare
    static final String COLLEAGUE = "10501";        // Petra Norberg, bygglovshandläggare
    static final String BYGGLOV_MANAGER = "10499";  // Sven Haddad, chef för Bygglov
    static final String SBF_MANAGER = "10498";      // Hanna Åberg, samhällsbyggnadschef
    static final String SWITCHBOARD = "10064";      // Malin Haddad, kommunvägledare i Kontaktcenter
    static final String CALLER = "+46701234567";
    static final String OVERDUE_CALLER = "+46223441999";

    Browser browser;

    @BeforeAll
    void openBrowser() {
        int port = Integer.parseInt(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.http.test-port", String.class));
        browser = new Browser("http://localhost:" + port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theDevelopmentLoginListsPeopleByRole() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/");
        browser.waitFor(By.cssSelector("button[name='employee']"));
        assertThat(browser.driver().getPageSource()).contains("lang=\"sv\"").contains("Mattias Holmberg")
                .contains("Sven Haddad").contains("Malin Haddad");
        browser.assertAccessible("the development login");
        browser.screenshot("inloggning");
    }

    @Test
    @Order(2)
    void aVoicemailAppearsOnTheOfficersPageWithinFiveSecondsAndAnAttemptTakesItOff() {
        browser.loginAs(OFFICER);
        browser.open("/aterringningar");
        browser.waitFor(By.id("att-ringa"));

        Instant sent = Instant.now();
        KafkaTestClient.sendEvent(new VoicemailLeft("browser-" + UUID.randomUUID(), OFFICER, null, CALLER, sent, 42));
        By card = By.xpath("//ul[@aria-labelledby='att-ringa']/li[.//a[@href='tel:" + CALLER + "']]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !d.findElements(card).isEmpty());
        Duration shown = Duration.between(sent, Instant.now());
        System.out.printf("VOICEMAIL -> OFFICER'S PAGE: %d ms%n", shown.toMillis());
        assertThat(shown).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(browser.driver().findElement(card).getText()).contains("070-123 45 67").contains("senast")
                .contains("Röstmeddelande");
        // one left a week ago: overdue, in red and said in words (colour is never the only sign)
        KafkaTestClient.sendEvent(new VoicemailLeft("browser-" + UUID.randomUUID(), OFFICER, null, OVERDUE_CALLER,
                sent.minus(Duration.ofDays(7)), 65));
        By overdue = By.xpath("//ul[@aria-labelledby='att-ringa']/li[.//a[@href='tel:" + OVERDUE_CALLER + "']]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(overdue).isEmpty());
        assertThat(browser.driver().findElement(overdue).getDomAttribute("class")).contains("forsenad");
        assertThat(browser.driver().findElement(overdue).getText()).contains("Försenad").contains("skulle ha ringts");
        browser.assertAccessible("Mina återuppringningar");

        browser.driver().findElement(card).findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Jag har ringt')]"))
                .click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(card).isEmpty());
        assertThat(browser.text(By.xpath("//ul[@aria-labelledby='ringda']"))).contains("070-123 45 67");
        assertThat(browser.text(By.id("listor"))).contains("Försöket är registrerat");
        browser.assertAccessible("Mina återuppringningar after an attempt");
        browser.screenshot("mina-aterringningar");

        // the overdue caller is promised a call back (PROMISE_KEPT, at the time offered), then marked done
        By overdueVoicemail = By.xpath("//ul[@aria-labelledby='att-ringa']/li[.//a[@href='tel:" + OVERDUE_CALLER
                + "'] and contains(., 'Röstmeddelande')]");
        browser.waitFor(overdueVoicemail).findElement(By.xpath(".//summary[starts-with(normalize-space(.), 'Lova')]"))
                .click();
        browser.driver().findElement(overdueVoicemail)
                .findElement(By.xpath(".//button[normalize-space(.)='Registrera löftet']")).click();
        By promised = By.xpath("//ul[@aria-labelledby='att-ringa']/li[.//a[@href='tel:" + OVERDUE_CALLER
                + "'] and contains(., 'Utlovad återuppringning')]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(promised).isEmpty());
        assertThat(browser.text(By.id("listor"))).contains("Löftet är registrerat");

        browser.waitFor(overdueVoicemail).findElement(By.xpath(".//summary[starts-with(normalize-space(.), 'Markera')]"))
                .click();
        browser.driver().findElement(overdueVoicemail).findElement(By.cssSelector("input[value='REACHED']")).click();
        browser.driver().findElement(overdueVoicemail).findElement(By.xpath(".//button[normalize-space(.)='Klar']"))
                .click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(overdueVoicemail).isEmpty());
        assertThat(browser.text(By.id("klara"))).contains("(1)");
        assertThat(browser.text(By.id("listor"))).contains("nådde den som ringde");
    }

    @Test
    @Order(3)
    void lunchUntil1230ShowsOnTheSwitchboardPageForAColleague() {
        browser.loginAs(OFFICER);
        browser.open("/hanvisning");
        browser.waitFor(By.id("val-LUNCH")).click();
        browser.setTime(By.id("tid"), "12:30");
        var message = browser.driver().findElement(By.id("meddelande"));
        message.clear();
        message.sendKeys("Ring gärna efter lunch");
        browser.driver().findElement(By.id("spara-hanvisning")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("uppringaren-hor")).getText().contains("lunch"));
        assertThat(browser.text(By.id("uppringaren-hor"))).contains("Mattias Holmberg").contains("12:30");
        browser.assertAccessible("Min hänvisning");
        browser.screenshot("min-hanvisning");

        browser.loginAs(SWITCHBOARD);
        browser.open("/vaxeln");
        browser.waitFor(By.id("sok")).sendKeys("Mattias Holmberg");
        By presence = By.cssSelector("[data-anstalld='" + OFFICER + "'] .narvaro");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(presence).isEmpty() && d.findElement(presence).getText().contains("lunch"));
        assertThat(browser.text(presence)).contains("12:30").contains("Ring gärna efter lunch");
        browser.assertAccessible("Växeln");
        browser.screenshot("vaxeln");

        // back from lunch (through the API, as the PBX or another page would): the switchboard's page follows by itself
        setStatusThroughTheApi(OFFICER, "{\"status\": \"AVAILABLE\"}");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(12))
                .until(d -> !d.findElement(presence).getText().contains("lunch"));
        assertThat(browser.text(presence)).contains("Tillgänglig");
    }

    @Test
    @Order(4)
    void aManagerSeesTheirSubtreeAndNothingAbove() {
        // a message for Mattias's colleague a week ago: overdue, and the manager sees who has it, by name
        KafkaTestClient.sendEvent(new VoicemailLeft("browser-" + UUID.randomUUID(), COLLEAGUE, null, "+46705550199",
                Instant.now().minus(Duration.ofDays(7)), 20));
        browser.loginAs(SBF_MANAGER);
        org.awaitility.Awaitility.await("the overdue callback on the manager's page").atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    browser.open("/enheten");
                    return browser.text(By.id("aterringningar-nu")).contains("Petra Norberg");
                });
        assertThat(browser.text(By.id("aterringningar-nu"))).contains("Försenad").doesNotContain("0705550199")
                .doesNotContain("070-555 01 99");
        assertThat(browser.text(By.id("enhetens-namn"))).contains("Samhällsbyggnadsförvaltningen");
        assertThat(browser.driver().findElements(By.cssSelector("#underenheter a[data-enhet]")))
                .extracting(e -> e.getDomAttribute("data-enhet")).contains("sbf-bygglov", "sbf-miljo")
                .allMatch(id -> id.startsWith("sbf-"));
        browser.assertAccessible("Enheten (Samhällsbyggnadsförvaltningen)");
        browser.screenshot("enheten");

        // the month's report as CSV, fetched by the page's own session (the browser has no token for the API)
        Object csv = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/enheten/rapport.csv?enhet=sbf').then(function (r) { return r.text().then(function (t) {"
                + "done(r.status + ' ' + r.headers.get('content-type') + ' ' + r.headers.get('content-disposition')"
                + " + '\\n' + t); }); });");
        assertThat(String.valueOf(csv)).startsWith("200 text/csv").contains("attachment")
                .contains("Återuppringningar totalt");

        browser.loginAs(BYGGLOV_MANAGER);
        browser.open("/enheten");
        assertThat(browser.text(By.id("enhetens-namn"))).contains("Bygglov");
        browser.open("/enheten?enhet=sbf");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Ingen åtkomst");
        browser.open("/enheten?enhet=ks-kontaktcenter");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Ingen åtkomst");
    }

    @Test
    @Order(5)
    void aWrongRoleGetsASwedishNoAccessPage() {
        browser.loginAs(OFFICER);
        for (String page : List.of("/enheten", "/vaxeln")) {
            browser.open(page);
            assertThat(browser.text(By.tagName("h1"))).as(page).isEqualTo("Ingen åtkomst");
            assertThat(browser.driver().getPageSource()).as(page).contains("lang=\"sv\"")
                    .doesNotContain("Exception").doesNotContain("at se.telefonpolicy");
        }
        browser.assertAccessible("Ingen åtkomst");
        browser.screenshot("ingen-atkomst");
    }

    @Test
    @Order(6)
    void myDetailsCanBeConfirmed() {
        browser.loginAs(OFFICER);
        browser.open("/uppgifter");
        assertThat(browser.text(By.id("mina-uppgifter"))).contains("Mattias").contains("Holmberg");
        assertThat(browser.driver().findElements(By.id("regel-VOICEMAIL_ENABLED"))).hasSize(1);
        browser.waitFor(By.id("stammer")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("mina-uppgifter")).getText().contains("bekräftade"));
        browser.assertAccessible("Mina uppgifter");
        browser.screenshot("mina-uppgifter");
    }

    @Test
    @Order(7)
    void aHalfFilledFormSurvivesALapsedLogin() {
        browser.loginAs(OFFICER);
        browser.open("/hanvisning");
        browser.waitFor(By.id("val-MEETING")).click();
        browser.setTime(By.id("tid"), "15:45");
        var message = browser.driver().findElement(By.id("meddelande"));
        message.clear();
        message.sendKeys("Budgetmöte, nås via Kontaktcenter");
        // the session lapses while the form is being filled in
        browser.driver().manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                .forEach(c -> browser.driver().manage().deleteCookie(c));
        browser.driver().findElement(By.id("spara-hanvisning")).click();
        // the page keeps the form and goes to the login; after it, the form is as it was
        browser.waitFor(By.cssSelector("button[name='employee'][value='" + OFFICER + "']")).click();
        browser.waitFor(By.id("meddelande"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/hanvisning");
        assertThat(browser.driver().findElement(By.id("meddelande")).getDomProperty("value"))
                .isEqualTo("Budgetmöte, nås via Kontaktcenter");
        assertThat(browser.driver().findElement(By.id("val-MEETING")).isSelected()).isTrue();
        assertThat(browser.driver().findElement(By.id("tid")).getDomProperty("value")).isEqualTo("15:45");
    }

    @Test
    @Order(8)
    void everyPageIsUsableAt320PixelsAndByKeyboard() {
        record Visit(String person, String path) {
        }
        for (Visit v : List.of(new Visit(OFFICER, "/"), new Visit(OFFICER, "/aterringningar"),
                new Visit(OFFICER, "/hanvisning"), new Visit(OFFICER, "/uppgifter"), new Visit(SWITCHBOARD, "/vaxeln"),
                new Visit(SBF_MANAGER, "/enheten"))) {
            browser.loginAs(v.person());
            browser.open(v.path());
            browser.waitFor(By.tagName("h1"));
            assertThat(browser.overflowingAt(320)).as(v.path() + " at 320 px: nothing sticks out sideways").isEmpty();
            // the first Tab reaches the skip link, which leads to the page's content
            browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertThat(browser.driver().switchTo().activeElement().getText()).as(v.path())
                    .isEqualTo("Hoppa till innehållet");
        }
        browser.loginAs(OFFICER);
        browser.assertAccessible("Start");
        browser.screenshot("start");
    }

    @Test
    @Order(9)
    void theOtherViewsPassAxeTooAndLogoutEndsTheSession() {
        browser.loginAs(SWITCHBOARD);
        browser.open("/vaxeln?enhet=sbf-bygglov");
        assertThat(browser.text(By.id("enhet"))).contains("Mattias Holmberg");
        browser.assertAccessible("Växeln, a unit's members");
        browser.screenshot("vaxeln-enhet");

        browser.open("/finns-inte");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sidan finns inte");
        browser.assertAccessible("a missing page");

        // a post without the form's CSRF token (what another site could make the browser send) is refused
        Object forged = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/hanvisning', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                + " body: 'val=GONE_FOR_THE_DAY'}).then(function (r) { done(r.status); });");
        assertThat(String.valueOf(forged)).isEqualTo("400");

        browser.waitFor(By.linkText("Logga ut")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/utloggad"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Du är utloggad");
        browser.assertAccessible("logged out");
        browser.open("/vaxeln");
        browser.waitFor(By.cssSelector("button[name='employee']"));
        assertThat(browser.driver().getCurrentUrl()).contains("/dev-oidc/authorize");
    }

    /** What the officer's own token may do at availability-service, without the pages. */
    private static void setStatusThroughTheApi(String employeeId, String json) {
        String url = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.rest-client.availability.url", String.class);
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(url + "/api/v1/me/status"))
                    .header("Authorization", "Bearer " + se.telefonpolicy.testsupport.TestTokens.employee(employeeId))
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
