package io.fastscanner.screens;

/**
 * A value written in a screen, already checked against the field it is compared with: a {@code Double} for a number
 * field, a {@code String} for a text field (spelled as the catalogue lists it for an enumerated field), a
 * {@code Boolean} for a true/false field.
 */
record Literal(FieldType type, Object value) {

    /** Whether {@code fieldValue op this}; false when {@code fieldValue} is missing. */
    boolean comparedWith(Object fieldValue, ComparisonOperator op) {
        return compare(type, fieldValue, op, value);
    }

    /** {@code a op b} for two values of {@code type}; false when either is missing. Text ignores case. */
    static boolean compare(FieldType type, Object a, ComparisonOperator op, Object b) {
        if (a == null || b == null) {
            return false;
        }
        switch (type) {
            case NUMBER:
                return op.test((Double) a, (Double) b);
            case TEXT:
                return op.testEquality(((String) a).equalsIgnoreCase((String) b));
            default:
                return op.testEquality(a.equals(b));
        }
    }

    void appendTo(StringBuilder out) {
        switch (type) {
            case NUMBER:
                out.append(number((Double) value));
                break;
            case TEXT:
                out.append('"');
                String text = (String) value;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '"' || c == '\\') {
                        out.append('\\');
                    }
                    out.append(c);
                }
                out.append('"');
                break;
            default:
                out.append(value);
        }
    }

    /** The shortest spelling that reads back as the same double: {@code 30}, {@code 2.5}, {@code 1e7}, {@code 1.5e-5}. */
    static String number(double d) {
        String s = Double.toString(d);
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return e < 0 ? mantissa : mantissa + "e" + s.substring(e + 1);
    }
}
