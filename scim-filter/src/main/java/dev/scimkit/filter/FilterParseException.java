package dev.scimkit.filter;

import dev.scimkit.core.ScimException;
import java.util.List;
import java.util.Objects;

/**
 * A filter, attribute path or PATCH path that does not parse.
 *
 * <p>Status 400; scimType {@code invalidFilter} for filters and {@code invalidPath} for paths. It
 * says where the problem is ({@link #position()}, a 0-based index into the Java {@code String}),
 * what text was found there ({@link #offendingText()}) and what would have been accepted
 * ({@link #expected()}), e.g. "unexpected 'x' at position 12; expecting 'and', 'or', ')', &lt;EOF&gt;".
 */
public class FilterParseException extends ScimException {

    private static final long serialVersionUID = 1L;

    private final int position;
    private final String offendingText;
    private final List<String> expected;

    /**
     * Creates the exception.
     *
     * @param scimType      {@code invalidFilter} or {@code invalidPath}
     * @param detail        the full sentence describing the problem
     * @param position      0-based index into the input string
     * @param offendingText the text found at the position; empty at the end of input
     * @param expected      readable names of what would have been accepted; may be empty
     */
    public FilterParseException(String scimType, String detail, int position, String offendingText,
                                List<String> expected) {
        super(400, scimType, detail);
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative but was " + position);
        }
        this.position = position;
        this.offendingText = Objects.requireNonNull(offendingText, "offendingText is null");
        this.expected = List.copyOf(Objects.requireNonNull(expected, "expected is null"));
    }

    /** @return the 0-based index into the input string where the problem is */
    public int position() {
        return position;
    }

    /** @return the text found at {@link #position()}; empty at the end of input */
    public String offendingText() {
        return offendingText;
    }

    /** @return readable, sorted names of what would have been accepted at the position; may be empty */
    public List<String> expected() {
        return expected;
    }
}
