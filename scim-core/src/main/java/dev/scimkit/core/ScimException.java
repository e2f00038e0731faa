package dev.scimkit.core;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeNames;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * The one exception type scimkit raises about SCIM data or a SCIM response.
 *
 * <p>It mirrors the SCIM error message of RFC 7644 §3.12: an HTTP {@link #status() status}, an
 * optional {@link #scimType() scimType} (such as {@code invalidFilter}, {@code uniqueness} or
 * {@code mutability}) and a human-readable {@link #detail() detail} that says what is wrong and
 * where. Subclasses refine it (for example {@code FilterParseException} adds a position).
 *
 * <p>The detail never contains secrets: callers build it from the offending input, never from
 * tokens, passwords or client secrets.
 */
public class ScimException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** scimType for a filter that cannot be parsed or evaluated (RFC 7644 §3.12). */
    public static final String INVALID_FILTER = "invalidFilter";
    /** scimType for a request body that is not valid JSON or not the expected message. */
    public static final String INVALID_SYNTAX = "invalidSyntax";
    /** scimType for an attribute path that is malformed or not allowed. */
    public static final String INVALID_PATH = "invalidPath";
    /** scimType for a value that is of the wrong type, missing, or not allowed. */
    public static final String INVALID_VALUE = "invalidValue";
    /** scimType for a PATCH whose path selects no target. */
    public static final String NO_TARGET = "noTarget";
    /** scimType for a change to a readOnly or immutable attribute. */
    public static final String MUTABILITY = "mutability";
    /** scimType for a value that must be unique but is not, such as a duplicate userName. */
    public static final String UNIQUENESS = "uniqueness";
    /** scimType for a request the server considers too many (e.g. too many results). */
    public static final String TOO_MANY = "tooMany";
    /** scimType for a request that is not valid in the current state of the resource. */
    public static final String INVALID_VERS = "invalidVers";
    /** scimType for a request that the server considers sensitive (e.g. a filter in a URL). */
    public static final String SENSITIVE = "sensitive";

    private final int status;
    private final String scimType;
    private final String detail;

    /**
     * Creates an exception.
     *
     * @param status   the HTTP status, 100 to 599
     * @param scimType the RFC 7644 scimType, or {@code null} when none applies
     * @param detail   what is wrong and where; must not be {@code null}
     * @throws IllegalArgumentException if {@code status} is not an HTTP status code
     */
    public ScimException(int status, String scimType, String detail) {
        this(status, scimType, detail, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param status   the HTTP status, 100 to 599
     * @param scimType the RFC 7644 scimType, or {@code null} when none applies
     * @param detail   what is wrong and where; must not be {@code null}
     * @param cause    the underlying failure, or {@code null}
     * @throws IllegalArgumentException if {@code status} is not an HTTP status code
     */
    public ScimException(int status, String scimType, String detail, Throwable cause) {
        super(message(status, scimType, detail), cause);
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status code (100-599) but was " + status);
        }
        this.status = status;
        this.scimType = scimType;
        this.detail = Objects.requireNonNull(detail, "detail is null");
    }

    /** @return the HTTP status code this error corresponds to */
    public int status() {
        return status;
    }

    /** @return the RFC 7644 scimType, or {@code null} when none applies */
    public String scimType() {
        return scimType;
    }

    /** @return the human-readable description of what is wrong and where */
    public String detail() {
        return detail;
    }

    /**
     * A 400 with the given scimType.
     *
     * @param scimType the RFC 7644 scimType, or {@code null}
     * @param detail   what is wrong and where
     * @return a new exception
     */
    public static ScimException badRequest(String scimType, String detail) {
        return new ScimException(400, scimType, detail);
    }

    /**
     * A 400 {@code invalidValue}.
     *
     * @param detail what is wrong and where, naming the attribute path
     * @return a new exception
     */
    public static ScimException invalidValue(String detail) {
        return new ScimException(400, INVALID_VALUE, detail);
    }

    /**
     * A 400 {@code invalidSyntax}.
     *
     * @param detail what is wrong and where
     * @return a new exception
     */
    public static ScimException invalidSyntax(String detail) {
        return new ScimException(400, INVALID_SYNTAX, detail);
    }

    /** The SCIM error message schema URN (RFC 7644 §3.12). */
    public static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    /**
     * The RFC 7644 §3.12 error body for this exception: {@code status} is a JSON string, as the RFC
     * prescribes and as generic SCIM clients (Okta's and Microsoft's validators among them) expect.
     *
     * @return {@code {"schemas":[…Error],"detail":…,"status":"N"[,"scimType":…]}}
     * @see #toZoomJson()
     */
    public JsonObject toJson() {
        JsonObjectBuilder body = ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add(ERROR_SCHEMA))
                .add("detail", detail)
                .add("status", Integer.toString(status));
        if (scimType != null) {
            body.add("scimType", scimType);
        }
        return body.build();
    }

    /**
     * The error body as Zoom's SCIM API writes it: {@code status} is a JSON number and there is no
     * {@code scimType} (Zoom sends none). {@link #fromJson} reads both forms.
     *
     * @return {@code {"schemas":[…Error],"detail":…,"status":N}}
     * @see #toJson()
     */
    public JsonObject toZoomJson() {
        return ScimJson.builders().createObjectBuilder()
                .add("schemas", ScimJson.builders().createArrayBuilder().add(ERROR_SCHEMA))
                .add("detail", detail)
                .add("status", status)
                .build();
    }

    /**
     * Reads a SCIM (or Zoom) error body into an exception.
     *
     * <p>{@code status} may be a number or a string; when it is missing or unreadable the HTTP status
     * is used. Zoom's non-SCIM shapes ({@code {"code":124,"message":"Invalid access token."}}) are read
     * too: {@code message} stands in for {@code detail}.
     *
     * @param body       the parsed response body
     * @param httpStatus the HTTP status of the response, used when the body has none
     * @return the exception (not thrown)
     */
    public static ScimException fromJson(JsonObject body, int httpStatus) {
        Objects.requireNonNull(body, "body is null");
        int status = httpStatus;
        JsonValue statusValue = AttributeNames.get(body, "status");
        if (statusValue instanceof JsonNumber number && number.isIntegral()) {
            status = number.intValue();
        } else if (statusValue instanceof JsonString text) {
            try {
                status = Integer.parseInt(text.getString().trim());
            } catch (NumberFormatException ignored) {
                // keep the HTTP status
            }
        }
        if (status < 100 || status > 599) {
            status = httpStatus;
        }
        String scimType = stringMember(body, "scimType");
        String detail = stringMember(body, "detail");
        if (detail == null) {
            detail = stringMember(body, "message");
        }
        if (detail == null) {
            detail = "HTTP " + httpStatus + " without an error detail";
        }
        return new ScimException(status, scimType, detail);
    }

    private static String stringMember(JsonObject body, String name) {
        JsonValue value = AttributeNames.get(body, name);
        return value instanceof JsonString text ? text.getString() : null;
    }

    private static String message(int status, String scimType, String detail) {
        return scimType == null ? status + ": " + detail : status + " " + scimType + ": " + detail;
    }
}
