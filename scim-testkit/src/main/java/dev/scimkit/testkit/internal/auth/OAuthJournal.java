package dev.scimkit.testkit.internal.auth;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.Set;

/**
 * What the journal may keep of an OAuth request: client secrets, codes, verifiers and tokens are
 * replaced by {@value #REDACTED} in the query, the form body and the token response. Requests to other
 * paths pass unchanged.
 */
public final class OAuthJournal {

    /** The replacement text. */
    public static final String REDACTED = "<redacted>";

    private static final Set<String> SECRET_PARAMETERS = Set.of("code", "code_verifier", "refresh_token",
            "client_secret", "token", "access_token");
    private static final Set<String> SECRET_MEMBERS = Set.of("access_token", "refresh_token", "id_token");

    private OAuthJournal() {
    }

    /**
     * @param path     the decoded request path
     * @param rawQuery the raw query, or {@code null}
     * @return the query to record
     */
    public static String query(String path, String rawQuery) {
        if (!OAuthEndpoint.serves(path) || rawQuery == null || rawQuery.isEmpty()) {
            return rawQuery;
        }
        StringBuilder out = new StringBuilder();
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = (equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
            out.append(out.length() == 0 ? "" : "&")
                    .append(equals >= 0 && SECRET_PARAMETERS.contains(name) ? pair.substring(0, equals + 1) + REDACTED
                            : pair);
        }
        return out.toString();
    }

    /**
     * @param path the decoded request path
     * @param body the request body text
     * @return the body to record: an OAuth request's body (form parameters with secrets) is redacted whole
     */
    public static String requestBody(String path, String body) {
        return OAuthEndpoint.serves(path) && !body.isEmpty() ? REDACTED : body;
    }

    /**
     * @param path the decoded request path
     * @param body the response body text
     * @return the body to record, with token members redacted
     */
    public static String responseBody(String path, String body) {
        if (!OAuthEndpoint.serves(path) || SECRET_MEMBERS.stream().noneMatch(body::contains)) {
            return body;
        }
        try {
            JsonObject json = ScimJson.parseObject(body);
            JsonObjectBuilder copy = ScimJson.builders().createObjectBuilder(json);
            SECRET_MEMBERS.stream().filter(json::containsKey).forEach(member -> copy.add(member, REDACTED));
            return ScimJson.write(copy.build());
        } catch (ScimException notJson) {
            return REDACTED;
        }
    }
}
