package org.restock.adapters.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail template from the class path: {@code {{name}}} is replaced by a value, and the text
 * between {@code {{#lines}}} and {@code {{/lines}}} is repeated for each line. Values pass through
 * {@code escape} (HTML-escaping for the HTML part), so a product name cannot inject markup.
 */
final class MailTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final String LINES_START = "{{#lines}}";
    private static final String LINES_END = "{{/lines}}";

    private final String head;
    private final String line;
    private final String tail;
    private final UnaryOperator<String> escape;

    private MailTemplate(String text, UnaryOperator<String> escape) {
        int start = text.indexOf(LINES_START);
        int end = text.indexOf(LINES_END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a notice template repeats a {{#lines}}…{{/lines}} section");
        }
        this.head = text.substring(0, start);
        this.line = stripLeadingNewline(text.substring(start + LINES_START.length(), end));
        this.tail = stripLeadingNewline(text.substring(end + LINES_END.length()));
        this.escape = escape;
    }

    static MailTemplate load(String resource, UnaryOperator<String> escape) {
        try (InputStream in = MailTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no mail template " + resource);
            }
            return new MailTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8), escape);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    String render(Map<String, String> values, List<Map<String, String>> lines) {
        StringBuilder out = new StringBuilder(fill(head, values));
        lines.forEach(l -> out.append(fill(line, l)));
        return out.append(fill(tail, values)).toString();
    }

    private String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String stripLeadingNewline(String text) {
        return text.startsWith("\n") ? text.substring(1) : text;
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
