package se.telefonpolicy.staffweb.domain;

import java.util.List;

/**
 * What one of the directory's rules says about the signed-in employee ("Mina uppgifter"): fulfilled, or the
 * problems' messages (directory-service writes them in Swedish). Always the three rules, in the same order, so
 * that a fulfilled rule is shown as such and not just left out.
 */
public record RuleStatus(String rule, String heading, List<String> messages) {

    public static final List<String> MY_RULES = List.of("DIRECTORY_CORRECT", "VOICEMAIL_ENABLED", "GREETING_RECORDED");

    /** One finding as GET /api/v1/me lists it in {@code problems}. */
    public record Problem(String rule, String field, String message) {
    }

    public boolean ok() {
        return messages.isEmpty();
    }

    public static List<RuleStatus> of(List<Problem> problems) {
        List<Problem> all = problems == null ? List.of() : problems;
        return MY_RULES.stream().map(rule -> new RuleStatus(rule, RuleWords.name(rule),
                all.stream().filter(p -> rule.equals(p.rule())).map(RuleStatus::message).distinct().toList()))
                .toList();
    }

    private static String message(Problem p) {
        if (p.message() != null && !p.message().isBlank()) {
            return p.message().strip();
        }
        return p.field() == null ? "Något behöver rättas." : "Något behöver rättas: " + p.field() + ".";
    }
}
