package dev.scimkit.client.internal;

import dev.scimkit.client.BadRequestException;
import dev.scimkit.client.ConflictException;
import dev.scimkit.client.ForbiddenException;
import dev.scimkit.client.InvalidResponseException;
import dev.scimkit.client.NotFoundException;
import dev.scimkit.client.PreconditionFailedException;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.ServerErrorException;
import dev.scimkit.client.TooManyRequestsException;
import dev.scimkit.client.UnauthorizedException;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Turns an error response into the matching {@link ScimClientException} subclass, reading
 * status, scimType and detail from a SCIM or Zoom error body; non-JSON bodies are quoted briefly.
 */
public final class ErrorMapper {

    /** The most characters of a non-JSON error body quoted in a detail. */
    static final int MAX_QUOTED_CHARS = 200;
    private static final int MAX_DETAIL_CHARS = 1000;
    private static final JsonLimits LIMITS = JsonLimits.defaults().withMaxDepth(32);

    private ErrorMapper() {
    }

    /**
     * @param response an error response (status 300 or more, or outside 100-599)
     * @param now      the current instant, to read a {@code Retry-After} date
     * @return the exception to throw (not thrown): the subclass for the status the server sent, or an
     *         {@link InvalidResponseException} when that status is not an HTTP status code
     */
    public static ScimClientException toException(ScimResponse response, Instant now) {
        int status = response.status();
        if (status < 100 || status > 599) {
            return new InvalidResponseException(status, null, "the server answered with HTTP status " + status
                    + ", which is not an HTTP status code (100-599)" + SendStage.outcome(response.request(), 0),
                    response.request().describe(), null);
        }
        String scimType = null;
        String detail;
        byte[] body = response.body();
        if (body.length == 0) {
            detail = "HTTP " + status + " with an empty body";
        } else {
            try {
                JsonObject json = ScimJson.parseObject(body, LIMITS);
                ScimException parsed = ScimException.fromJson(json, status);
                scimType = parsed.scimType();
                detail = parsed.detail();
            } catch (ScimException notJson) {
                detail = "HTTP " + status + " with a non-JSON body: " + quote(body);
            }
        }
        detail = shorten(detail, MAX_DETAIL_CHARS);
        String request = response.request().describe();
        return switch (status) {
            case 400 -> new BadRequestException(scimType, detail, request, null);
            case 401 -> new UnauthorizedException(scimType, detail, request, null);
            case 403 -> new ForbiddenException(scimType, detail, request, null);
            case 404 -> new NotFoundException(scimType, detail, request, null);
            case 409 -> new ConflictException(scimType, detail, request, null);
            case 412 -> new PreconditionFailedException(scimType, detail, request, null);
            case 429 -> new TooManyRequestsException(scimType, detail, request,
                    RetryAfter.parse(response.header("Retry-After").orElse(null), now).orElse(null), null);
            default -> status >= 500
                    ? new ServerErrorException(status, scimType, detail, request, null)
                    : new ScimClientException(status, scimType, status >= 300 && status < 400
                            ? "unexpected redirect (HTTP " + status + ") that the client does not follow: " + detail
                            : detail, request, null);
        };
    }

    private static String quote(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, MAX_QUOTED_CHARS * 4), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < MAX_QUOTED_CHARS; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        String quoted = "'" + out.toString().strip() + "'";
        return text.length() > MAX_QUOTED_CHARS || body.length > MAX_QUOTED_CHARS * 4
                ? quoted + " (" + body.length + " bytes, truncated)" : quoted;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
