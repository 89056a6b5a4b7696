package se.telefonpolicy.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's form on staff-web's development login page (`/dev-oidc/authorize`): a
 * `<form method="post" action="…">` with hidden inputs carrying the authorization request's
 * parameters and a `<button type="submit" name="employee" value="10500">`. What is posted is
 * the hidden fields plus the button's name and value. Small on purpose: a regular expression per
 * tag, attributes in any order, quoted with " or ', the usual entities decoded.
 */
record LoginForm(String action, Map<String, String> fields) {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    /** The form whose submit button posts `employee=<employee>`, if the page has one. */
    static Optional<LoginForm> find(String html, String employee) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> formAttributes = attributes(form.group(1));
            if (!"post".equalsIgnoreCase(formAttributes.getOrDefault("method", "get"))) {
                continue;
            }
            String body = form.group(2);
            boolean hasButton = false;
            Matcher button = BUTTON.matcher(body);
            while (button.find()) {
                Map<String, String> a = attributes(button.group(1));
                if ("employee".equals(a.get("name")) && employee.equals(a.get("value"))) {
                    hasButton = true;
                }
            }
            if (!hasButton) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(body);
            while (input.find()) {
                Map<String, String> a = attributes(input.group(1));
                if ("hidden".equalsIgnoreCase(a.get("type")) && a.containsKey("name")) {
                    fields.put(a.get("name"), a.getOrDefault("value", ""));
                }
            }
            fields.put("employee", employee);
            return Optional.of(new LoginForm(formAttributes.getOrDefault("action", ""), fields));
        }
        return Optional.empty();
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            attributes.put(m.group(1).toLowerCase(), decode(m.group(2) != null ? m.group(2) : m.group(3)));
        }
        return attributes;
    }

    static String decode(String text) {
        Matcher m = NUMERIC_ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = m.group(1);
            int codePoint = n.startsWith("x") ? Integer.parseInt(n.substring(1), 16) : Integer.parseInt(n);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(codePoint))));
        }
        m.appendTail(out);
        return out.toString().replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
