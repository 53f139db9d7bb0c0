package io.fastscanner.screens;

/** What kind of value a screen field holds, and so which literals and operators it can be compared with. */
public enum FieldType {
    /** Compared as a double with {@code == != < <= > >=}. */
    NUMBER("number"),
    /** Compared with {@code ==} and {@code !=} (or {@code in}), ignoring case. */
    TEXT("text"),
    /** Compared with {@code ==} and {@code !=} against {@code true} or {@code false}, or used on its own. */
    BOOLEAN("true/false");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    /** The word used in documentation and error messages: {@code number}, {@code text}, {@code true/false}. */
    public String label() {
        return label;
    }
}
