package dataport.search;

/**
 * A search text as typed, made safe: control characters gone, white space collapsed, cut to {@link #MAX_LENGTH} code
 * points without splitting a surrogate pair. The result is only ever used as match text, never parsed as query
 * syntax, so quotes, backslashes and operators are ordinary characters.
 */
public record QueryText(String value, boolean truncated) {

    public static final int MAX_LENGTH = 200;

    public static QueryText of(String raw) {
        if (raw == null) {
            return new QueryText("", false);
        }
        StringBuilder cleaned = new StringBuilder();
        boolean lastWasSpace = true;
        int codePoints = 0;
        boolean truncated = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp);
            if (space) {
                if (!lastWasSpace) {
                    cleaned.append(' ');
                    codePoints++;
                }
                lastWasSpace = true;
            } else if (Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.UNASSIGNED) {
                cleaned.appendCodePoint(cp);
                codePoints++;
                lastWasSpace = false;
            }
            if (codePoints >= MAX_LENGTH) {
                truncated = i < raw.length();
                break;
            }
        }
        return new QueryText(cleaned.toString().strip(), truncated);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }
}
