package io.fastscanner.screens;

/** Which part of a symbol's analysis a screen field is read from. */
public enum FieldSource {
    /** The row of the quick scan. */
    ROW("row"),
    /** The indicator values on the row's candle; missing when the symbol failed or is stale. */
    INDICATORS("indicators"),
    /** The deep analysis; missing until the background phase has analysed the symbol. */
    DEEP("deep analysis");

    private final String label;

    FieldSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
