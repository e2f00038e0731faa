package dev.scimkit.filter.internal.parser;

import org.antlr.v4.runtime.Token;

/**
 * The input of one parse and its scimType: converts ANTLR's code-point indexes into 0-based
 * indexes into the Java {@code String}, and says how an error for this input is classified.
 */
final class SourceText {

    private final String text;
    /** Whether the text has surrogate pairs: null until the first position is asked for (errors only). */
    private Boolean supplementary;
    private final String scimType;
    private final String what;

    SourceText(String text, String scimType, String what) {
        this.text = text;
        this.scimType = scimType;
        this.what = what;
    }

    String text() {
        return text;
    }

    /** @return the scimType of errors in this input: {@code invalidFilter} or {@code invalidPath} */
    String scimType() {
        return scimType;
    }

    /** @return what is being parsed, for messages: "filter", "attribute path", … */
    String what() {
        return what;
    }

    /**
     * @param codePointIndex an index counted in code points, as ANTLR's char streams do
     * @return the index into the Java string
     */
    int charIndex(int codePointIndex) {
        if (supplementary == null) {
            supplementary = text.codePointCount(0, text.length()) != text.length();
        }
        if (!supplementary || codePointIndex <= 0) {
            return Math.max(codePointIndex, 0);
        }
        return text.offsetByCodePoints(0, Math.min(codePointIndex, text.codePointCount(0, text.length())));
    }

    /**
     * @param token a token of this input
     * @return the index into the Java string where it starts (the input length for EOF)
     */
    int position(Token token) {
        if (token.getType() == Token.EOF) {
            return text.length();
        }
        return charIndex(token.getStartIndex());
    }
}
