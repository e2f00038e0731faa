package dev.scimkit.client.internal;

import dev.scimkit.client.OAuthTokens;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.JsonLimits;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON of an OAuth token file: {@code {"format":"scimkit-zoom-oauth-tokens","version":1,
 * "accounts":{KEY:{"accessToken":…,"accessTokenExpiresAt":…,"refreshToken":…,"obtainedAt":…,
 * "scope":…,"state":…}}}}. Reading is strict: anything unexpected is reported, never guessed.
 */
final class TokenFileFormat {

    static final String FORMAT = "scimkit-zoom-oauth-tokens";
    static final int VERSION = 1;
    private static final JsonLimits LIMITS = JsonLimits.defaults().withMaxDepth(6).withMaxChars(16L << 20);

    private TokenFileFormat() {
    }

    /** Why a token file cannot be read; the message names what is wrong, never a token. */
    static final class Corrupt extends Exception {
        private static final long serialVersionUID = 1L;

        Corrupt(String message) {
            super(message);
        }
    }

    static Map<String, OAuthTokens> read(byte[] bytes) throws Corrupt {
        JsonObject root;
        try {
            root = ScimJson.parseObject(bytes, LIMITS);
        } catch (ScimException | NumberFormatException | ArithmeticException e) {
            throw new Corrupt("it is not a JSON object (" + (e instanceof ScimException scim ? scim.detail()
                    : e.getClass().getSimpleName()) + ")");
        }
        if (!(root.get("format") instanceof JsonString format) || !format.getString().equals(FORMAT)) {
            throw new Corrupt("\"format\" is not \"" + FORMAT + "\"");
        }
        if (!(root.get("version") instanceof JsonNumber version) || !version.isIntegral() || version.intValue() != VERSION) {
            throw new Corrupt("\"version\" is not " + VERSION + " (written by another scimkit version?)");
        }
        if (!(root.get("accounts") instanceof JsonObject accounts)) {
            throw new Corrupt("\"accounts\" is not an object");
        }
        Map<String, OAuthTokens> out = new TreeMap<>();
        for (Map.Entry<String, JsonValue> entry : accounts.entrySet()) {
            if (!(entry.getValue() instanceof JsonObject account)) {
                throw new Corrupt("account '" + shorten(entry.getKey()) + "' is not an object");
            }
            try {
                AccountKey.check(entry.getKey());
                out.put(entry.getKey(), tokens(account));
            } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
                throw new Corrupt("account '" + shorten(entry.getKey()) + "': " + e.getMessage());
            }
        }
        return out;
    }

    static byte[] write(Map<String, OAuthTokens> accounts) {
        JsonObjectBuilder all = ScimJson.builders().createObjectBuilder();
        new TreeMap<>(accounts).forEach((key, tokens) -> {
            JsonObjectBuilder account = ScimJson.builders().createObjectBuilder();
            if (tokens.accessToken() != null) {
                account.add("accessToken", tokens.accessToken());
            }
            all.add(key, account.add("accessTokenExpiresAt", tokens.accessTokenExpiresAt().toString())
                    .add("refreshToken", tokens.refreshToken())
                    .add("obtainedAt", tokens.obtainedAt().toString())
                    .add("scope", tokens.scope())
                    .add("state", tokens.state().name()));
        });
        return ScimJson.writeBytes(ScimJson.builders().createObjectBuilder()
                .add("format", FORMAT).add("version", VERSION).add("accounts", all).build());
    }

    private static OAuthTokens tokens(JsonObject account) {
        String state = string(account, "state", true);
        OAuthTokens.State parsed;
        try {
            parsed = OAuthTokens.State.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"state\" is not one of ACTIVE, REFRESH_OUTCOME_UNKNOWN, REFUSED");
        }
        return new OAuthTokens(string(account, "accessToken", false),
                Instant.parse(string(account, "accessTokenExpiresAt", true)),
                string(account, "refreshToken", true),
                Instant.parse(string(account, "obtainedAt", true)),
                string(account, "scope", true), parsed);
    }

    private static String string(JsonObject object, String name, boolean required) {
        JsonValue value = object.get(name);
        if (value == null && !required) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new IllegalArgumentException("\"" + name + "\" is " + (value == null ? "missing" : "not a string"));
        }
        return text.getString();
    }

    private static String shorten(String key) {
        return key.length() <= 60 ? key : key.substring(0, 60) + "…";
    }
}
