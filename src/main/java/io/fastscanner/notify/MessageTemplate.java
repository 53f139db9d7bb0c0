package io.fastscanner.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A channel's message text with {@code {{name}}} placeholders ({@code {{ name }}} too), each one of the
 * {@link TemplateField}s. It is checked when it is created: an unknown placeholder, a {@code {{} left open or a
 * template longer than {@value #MAX_LENGTH} characters is a {@link TemplateException} whose message says what is
 * wrong (and, for an unknown placeholder, which ones are allowed).
 */
public final class MessageTemplate {

    public static final int MAX_LENGTH = 4000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final String ELLIPSIS = "…";

    /** A literal piece of the text, or a field; exactly one of them is set. */
    private record Part(String literal, TemplateField field) {}

    private final String source;
    private final List<Part> parts;

    private MessageTemplate(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    public static MessageTemplate parse(String source) {
        if (source == null || source.isBlank()) {
            throw new TemplateException("template must not be empty");
        }
        if (source.length() > MAX_LENGTH) {
            throw new TemplateException("template is longer than " + MAX_LENGTH + " characters");
        }
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(source);
        int at = 0;
        while (m.find()) {
            literal(parts, source.substring(at, m.start()));
            String name = m.group(1);
            TemplateField field = TemplateField.of(name)
                    .orElseThrow(() -> new TemplateException(
                            "unknown placeholder {{" + name + "}} in template; allowed: " + TemplateField.allowed()));
            parts.add(new Part(null, field));
            at = m.end();
        }
        literal(parts, source.substring(at));
        return new MessageTemplate(source, parts);
    }

    private static void literal(List<Part> parts, String text) {
        if (text.contains("{{")) {
            throw new TemplateException("template has a {{ that is not closed by }} (placeholders are {{name}})");
        }
        if (!text.isEmpty()) {
            parts.add(new Part(text, null));
        }
    }

    /** The template as written. */
    public String source() {
        return source;
    }

    /** The text of {@code notification}. */
    public String render(Notification notification) {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            text.append(part.field() == null ? part.literal() : part.field().valueIn(notification));
        }
        return text.toString();
    }

    /** The text of {@code notification}, cut to {@code maxLength} UTF-16 code units with a trailing ellipsis. */
    public String render(Notification notification, int maxLength) {
        return truncate(render(notification), maxLength);
    }

    /** {@code text} if it fits in {@code maxLength}, else its start and an ellipsis, never splitting a character. */
    static String truncate(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(0, end)) + ELLIPSIS;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageTemplate t && t.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}
