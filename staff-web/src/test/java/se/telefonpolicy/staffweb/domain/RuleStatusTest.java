package se.telefonpolicy.staffweb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RuleStatusTest {

    @Test
    void noProblemsIsEveryRuleFulfilledInTheSameOrder() {
        List<RuleStatus> rules = RuleStatus.of(List.of());
        assertThat(rules).extracting(RuleStatus::rule)
                .containsExactly("DIRECTORY_CORRECT", "VOICEMAIL_ENABLED", "GREETING_RECORDED");
        assertThat(rules).extracting(RuleStatus::heading)
                .containsExactly("Uppgifterna i telefonistödet", "Röstbrevlåda", "Hälsningsfras");
        assertThat(rules).allMatch(RuleStatus::ok);
        assertThat(RuleStatus.of(null)).allMatch(RuleStatus::ok);
    }

    @Test
    void problemsGoUnderTheirRuleWithTheDirectorysMessages() {
        List<RuleStatus> rules = RuleStatus.of(List.of(
                new RuleStatus.Problem("DIRECTORY_CORRECT", "lastName", "Efternamn saknas."),
                new RuleStatus.Problem("DIRECTORY_CORRECT", "verifiedAt", "Uppgifterna har inte bekräftats."),
                new RuleStatus.Problem("GREETING_RECORDED", "greeting", "  Ingen hälsningsfras är inspelad. "),
                new RuleStatus.Problem("GREETING_RECORDED", "greeting", "Ingen hälsningsfras är inspelad."),
                new RuleStatus.Problem("RIGHT_OFFICER", "x", "not a rule of this page")));
        assertThat(rules.get(0).ok()).isFalse();
        assertThat(rules.get(0).messages()).containsExactly("Efternamn saknas.", "Uppgifterna har inte bekräftats.");
        assertThat(rules.get(1).ok()).isTrue();
        assertThat(rules.get(2).messages()).containsExactly("Ingen hälsningsfras är inspelad.");
    }

    @Test
    void aProblemWithoutAMessageStillSaysSomething() {
        List<RuleStatus> rules = RuleStatus.of(List.of(new RuleStatus.Problem("VOICEMAIL_ENABLED", "voicemailEnabled", null)));
        assertThat(rules.get(1).messages()).containsExactly("Något behöver rättas: voicemailEnabled.");
    }

    @Test
    void ruleNamesInSwedish() {
        assertThat(RuleWords.name("DIVERSION_RETURN_TIME")).isEqualTo("Hänvisning utan återkomsttid");
        assertThat(RuleWords.name("DIVERSION_STALE")).isEqualTo("Inaktuell hänvisning");
        assertThat(RuleWords.name("NEW_RULE")).isEqualTo("NEW_RULE");
        assertThat(RuleWords.name(null)).isEqualTo("okänd regel");
    }
}
