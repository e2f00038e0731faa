package dev.scimkit.filter.internal.parser;


/**
 * Character-level checks that mirror the grammar's {@code NAME} and {@code URN_PREFIX} fragments and
 * its keywords, so AST values built in code ({@code new AttributePath(…)}) always print to text that
 * parses back. They validate single parts; they never parse expressions (the grammar does that).
 * {@code PathSyntaxTest} checks that they agree with the generated lexer.
 */
public final class PathSyntax {

    /** Words the lexer reads as keywords; alone they cannot be an attribute path. */
    private static final String[] KEYWORDS = {"and", "co", "eq", "ew", "false", "ge", "gt", "le",
        "lt", "ne", "not", "null", "or", "pr", "sw", "true"};

    private PathSyntax() {
    }

    /**
     * @param text a candidate attribute name
     * @return whether it is a letter followed by letters, digits, '-' and '_', or {@code $ref}
     */
    public static boolean isName(String text) {
        int length = text.length();
        if (length == 0) {
            return false;
        }
        if (text.charAt(0) == '$') {
            return text.equalsIgnoreCase("$ref");
        }
        if (!isAsciiLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    /**
     * @param text a candidate name
     * @return whether the lexer reads it as a keyword (operator, {@code and}/{@code or}/{@code not}, literal)
     */
    public static boolean isKeyword(String text) {
        if (text.length() > 5) {
            return false;
        }
        for (String keyword : KEYWORDS) {
            if (keyword.equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param text a candidate schema URN (without trailing ':')
     * @return whether it is {@code urn:} followed by ':'-separated non-empty segments of letters,
     *         digits and {@code . _ - + %}
     */
    public static boolean isUrn(String text) {
        if (text.length() < 5 || !text.regionMatches(true, 0, "urn:", 0, 4)) {
            return false;
        }
        boolean segmentEmpty = true;
        for (int i = 4; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                if (segmentEmpty) {
                    return false;
                }
                segmentEmpty = true;
            } else if (isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'
                    || c == '+' || c == '%') {
                segmentEmpty = false;
            } else {
                return false;
            }
        }
        return !segmentEmpty;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
