package dev.scimkit.client.internal;

import dev.scimkit.client.ConnectionReport;
import dev.scimkit.client.ConnectionReport.Check;
import dev.scimkit.client.ConnectionReport.Outcome;
import dev.scimkit.client.ConnectionReport.Step;
import dev.scimkit.client.Hint;
import dev.scimkit.client.HintCode;
import dev.scimkit.client.InvalidResponseException;
import dev.scimkit.client.OAuthTokenException;
import dev.scimkit.client.ScimClientException;
import dev.scimkit.client.ScimConnectionException;
import dev.scimkit.client.TokenProvider;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.dialect.ScimOperation;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the connection test: fetch a token, then one {@code GET /Users?startIndex=1&count=1} through
 * the normal pipeline (so retries and the 401 refresh apply), and read every check's outcome from
 * what happened. Expected failures become steps of the report, never exceptions. An OAuth app whose
 * refresh token Zoom refuses fails the token step with the re-authorize hint; a still valid access
 * token is used as is (the test never forces a refresh, which would rotate the refresh token).
 */
public final class ConnectionTester {

    private static final String PROBE_QUERY = "startIndex=1&count=1";

    /** Where the client's tokens come from, which changes what a token failure means. */
    public enum TokenSource {
        /** a fixed bearer token or a caller's own provider */
        STATIC,
        /** Zoom's Server-to-Server OAuth */
        SERVER_TO_SERVER,
        /** a Zoom OAuth app authorized by an account admin (refresh tokens) */
        OAUTH_APP
    }

    private final ClientCore core;
    private final TokenProvider tokens;
    private final URI baseUri;
    private final TokenSource source;

    /**
     * @param core    the client's core
     * @param tokens  its token provider
     * @param baseUri its base URI
     * @param source  where the tokens come from
     */
    public ConnectionTester(ClientCore core, TokenProvider tokens, URI baseUri, TokenSource source) {
        this.core = core;
        this.tokens = tokens;
        this.baseUri = baseUri;
        this.source = source;
    }

    /**
     * @return the report; the future fails only for an unexpected error (a bug, not a configuration problem)
     */
    public CompletableFuture<ConnectionReport> run() {
        Steps steps = new Steps();
        try {
            tokens.token();
        } catch (ScimClientException e) {
            steps.add(Check.BASE_URL, Outcome.SKIPPED, "not checked: there is no access token to call it with", null);
            Hint hint = e instanceof OAuthTokenException ? e.hint().orElseThrow() : HintTable.tokenEndpointFailure(e);
            steps.add(Check.TOKEN, Outcome.FAILED, "no token: " + e.getMessage(), hint);
            return CompletableFuture.completedFuture(report(steps));
        } catch (IllegalStateException | IllegalArgumentException e) {
            steps.add(Check.BASE_URL, Outcome.SKIPPED, "not checked: there is no access token to call it with", null);
            steps.add(Check.TOKEN, Outcome.FAILED, "the TokenProvider failed (" + e.getClass().getSimpleName() + ")",
                    null);
            return CompletableFuture.completedFuture(report(steps));
        }
        ScimRequest probe = ScimRequest.of("GET", core.uri("Users", null, PROBE_QUERY), null,
                Dialect.zoom().rateCategory(ScimOperation.LIST_USERS));
        return core.send(probe).handle((response, failure) -> {
            if (failure == null) {
                succeeded(steps, response);
            } else {
                Throwable cause = SendStage.unwrap(failure);
                if (cause instanceof ScimClientException error) {
                    failed(steps, error);
                } else if (cause instanceof IllegalStateException) {
                    steps.add(Check.BASE_URL, Outcome.SKIPPED, "not checked: there is no access token", null);
                    steps.add(Check.TOKEN, Outcome.FAILED, "the TokenProvider returned no usable token", null);
                } else if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                } else {
                    throw new java.util.concurrent.CompletionException(cause);
                }
            }
            return report(steps);
        });
    }

    private void succeeded(Steps steps, ScimResponse response) {
        JsonObject body;
        try {
            body = core.json(response);
        } catch (ScimException notJson) {
            body = null;
        }
        if (body == null || !(body.get("Resources") instanceof JsonArray || body.get("totalResults") instanceof JsonNumber)) {
            steps.add(Check.BASE_URL, Outcome.FAILED, probeText() + " answered HTTP " + response.status()
                    + " but not with a SCIM ListResponse", new Hint(HintCode.WRONG_BASE_PATH,
                    "This is not a SCIM service: use Zoom's SCIM base URL https://api.zoom.us/scim2."));
            return;
        }
        baseUrlAnswered(steps, response.status());
        steps.add(Check.TOKEN, Outcome.PASSED, switch (source) {
            case SERVER_TO_SERVER -> "Server-to-Server OAuth issued a token and Zoom accepted it";
            case OAUTH_APP -> "the OAuth app's access token (authorized by an account admin) was accepted";
            case STATIC -> "Zoom accepted the bearer token";
        }, null);
        steps.add(Check.SCIM_SCOPE, Outcome.PASSED, "the token may call the SCIM API", null);
        steps.add(Check.ACCOUNT, Outcome.PASSED, "the account accepts SCIM calls", null);
        int listed = body.get("Resources") instanceof JsonArray resources ? resources.size() : 0;
        String total = body.get("totalResults") instanceof JsonNumber number ? " of " + number.longValue() : "";
        steps.add(Check.LIST_USERS, Outcome.PASSED, "listed " + listed + total + " users", null);
    }

    private void failed(Steps steps, ScimClientException error) {
        Hint hint = error.hint().orElse(null);
        String observed = probeText() + (error instanceof ScimConnectionException ? " got no response: "
                : error instanceof InvalidResponseException ? " answered with what the client cannot use: "
                : " answered HTTP " + error.status() + ": ") + error.detail();
        int status = error.status();
        if (error instanceof ScimConnectionException || status == 404 || (status >= 300 && status < 400)
                || (status == 502 && hint == null)) {
            Hint advice = hint != null ? hint : new Hint(HintCode.WRONG_BASE_PATH,
                    "Use Zoom's SCIM base URL https://api.zoom.us/scim2.");
            steps.add(Check.BASE_URL, Outcome.FAILED, observed + " (tried " + basePath() + ")", advice);
            return;
        }
        baseUrlAnswered(steps, status);
        if (status == 401) {
            Hint advice = error instanceof OAuthTokenException ? hint
                    : source == TokenSource.SERVER_TO_SERVER ? new Hint(HintCode.TOKEN_REJECTED, "Zoom's token endpoint "
                    + "accepted the account id and client credentials, but the SCIM API rejected the token: check that "
                    + "the Server-to-Server OAuth app is activated and belongs to this Zoom account.")
                    : source == TokenSource.OAUTH_APP ? new Hint(HintCode.TOKEN_REJECTED, "Zoom rejected the OAuth "
                    + "app's access token even after a refresh: check that the app has the scim2 scope and that an "
                    + "admin of this Zoom account authorized it; authorize it again if the admin removed the app.")
                    : hint;
            steps.add(Check.TOKEN, Outcome.FAILED, observed, advice);
            return;
        }
        steps.add(Check.TOKEN, Outcome.PASSED, "Zoom accepted the token", null);
        if (status == 403) {
            steps.add(Check.SCIM_SCOPE, Outcome.FAILED, observed, hint);
            return;
        }
        if (status == 429 || status >= 500) {
            steps.add(Check.SCIM_SCOPE, Outcome.SKIPPED, "not determined: Zoom answered HTTP " + status, null);
            steps.add(Check.ACCOUNT, Outcome.SKIPPED, "not determined: Zoom answered HTTP " + status, null);
            steps.add(Check.LIST_USERS, Outcome.FAILED, observed, hint);
            return;
        }
        steps.add(Check.SCIM_SCOPE, Outcome.PASSED, "the token may call the SCIM API", null);
        if (hint != null && hint.code() == HintCode.SSO_NOT_ENABLED) {
            steps.add(Check.ACCOUNT, Outcome.FAILED, observed, hint);
            return;
        }
        steps.add(Check.ACCOUNT, Outcome.PASSED, "the account accepts SCIM calls", null);
        steps.add(Check.LIST_USERS, Outcome.FAILED, observed, hint);
    }

    private void baseUrlAnswered(Steps steps, int status) {
        Optional<Hint> pathHint = HintTable.basePathAdvice(basePath());
        String message = probeText() + " answered HTTP " + status;
        if (pathHint.isPresent()) {
            steps.add(Check.BASE_URL, Outcome.WARNING, message + ", but " + basePath() + " is not Zoom's documented "
                    + "SCIM path", pathHint.get());
        } else {
            steps.add(Check.BASE_URL, Outcome.PASSED, message + " (Zoom's SCIM path /scim2)", null);
        }
    }

    private String probeText() {
        return "GET " + basePath() + "/Users?" + PROBE_QUERY;
    }

    private String basePath() {
        String path = baseUri.getRawPath() == null ? "" : baseUri.getRawPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Collects steps and fills the ones not reached with SKIPPED. */
    private static final class Steps {
        private final List<Step> steps = new ArrayList<>();

        void add(Check check, Outcome outcome, String message, Hint hint) {
            steps.add(new Step(check, outcome, message, hint == null ? "" : hint.text(),
                    hint == null ? null : hint.code()));
        }
    }

    private ConnectionReport report(Steps steps) {
        List<Step> all = new ArrayList<>(steps.steps);
        for (Check check : Check.values()) {
            if (all.stream().noneMatch(step -> step.check() == check)) {
                all.add(new Step(check, Outcome.SKIPPED, "not checked: an earlier step failed", "", null));
            }
        }
        return new ConnectionReport(baseUri, all);
    }
}
