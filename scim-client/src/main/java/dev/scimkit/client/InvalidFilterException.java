package dev.scimkit.client;

import dev.scimkit.core.ScimException;

/**
 * The client refused a filter before sending anything: the text is not a SCIM filter (RFC 7644
 * §3.4.2.2), or Zoom-compatibility mode is on and Zoom does not support it. Unlike
 * {@link BadRequestException} ("the server said 400"), nothing reached the server:
 * {@link #request()} is {@code null}. {@link #status()} is 400 and {@link #scimType()}
 * {@code invalidFilter}, what a SCIM service answers for the same filter; {@link #hint()} says how
 * to fix it ({@link HintCode#FILTER_REJECTED}).
 */
public class InvalidFilterException extends ScimClientException {

    private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * Creates the exception.
     *
     * @param detail   what is wrong with the filter, quoting it
     * @param position the 0-based index in the filter text where it goes wrong, or -1 when the filter
     *                 is well-formed but not supported
     * @param cause    the parse failure, or {@code null}
     */
    public InvalidFilterException(String detail, int position, Throwable cause) {
        super(400, ScimException.INVALID_FILTER, detail, null, cause);
        this.position = position;
    }

    /**
     * @return the 0-based index into the filter text where it stops being a filter, or -1 when the
     *         filter is well-formed but not supported
     */
    public int position() {
        return position;
    }
}
