package dev.scimkit.testkit.conformance;

import dev.scimkit.testkit.internal.conformance.ConformanceRunner;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A property-based SCIM 2.0 conformance suite that checks any service over raw HTTP and JSON
 * (independent of scim-client): discovery, the user create/get/replace/delete laws, uniqueness,
 * filtering (case-insensitive {@code userName}, agreement with local evaluation wherever the RFC
 * settles the answer — see {@link FilterInterpretation}),
 * error answers, visibility of deactivated users, paging, PATCH and groups. See {@link Check} for the
 * list and {@link CheckTag} for the groups.
 *
 * <pre>{@code
 * ConformanceReport report = ConformanceSuite.builder()
 *         .baseUri(URI.create("https://scim.example.com/scim/v2"))
 *         .bearerToken(System.getenv("SCIM_TOKEN"))
 *         .profile(ServiceProfile.SCIM)
 *         .tags(CheckTag.USERS, CheckTag.FILTER)
 *         .build()
 *         .run();
 * System.out.println(report);          // passed / failed (with request and response) / skipped
 * report.assertSuccessful();           // in a test
 * }</pre>
 *
 * <p>The suite creates users and groups with unique names and deletes them again; run it against a
 * test tenant. Samples are generated with jqwik (its engine must be on the class path, as for any
 * jqwik property); a failing check reports the smallest failing sample it found and the seed that
 * reproduces it ({@link Builder#seed}). Immutable and reusable: {@link #run()} may be called again.
 */
public final class ConformanceSuite {

    private final URI baseUri;
    private final Supplier<String> token;
    private final ServiceProfile profile;
    private final FilterInterpretation interpretation;
    private final Set<Check> selected;
    private final int tries;
    private final long seed;
    private final HttpClient client;
    private final Duration timeout;

    private ConformanceSuite(Builder builder, Set<Check> selected) {
        this.baseUri = builder.baseUri;
        this.token = builder.token;
        this.profile = builder.profile == null ? ServiceProfile.SCIM : builder.profile;
        this.interpretation = builder.interpretation == null ? FilterInterpretation.lenient() : builder.interpretation;
        this.selected = Set.copyOf(selected);
        this.tries = builder.tries == null ? 10 : builder.tries;
        this.seed = builder.seed == null ? new SecureRandom().nextLong() : builder.seed;
        this.client = builder.client == null ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build() : builder.client;
        this.timeout = builder.timeout == null ? Duration.ofSeconds(30) : builder.timeout;
    }

    /** @return a builder; {@link Builder#baseUri} and a token are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the checks this suite runs (the others are reported as skipped) */
    public Set<Check> selectedChecks() {
        return selected;
    }

    /**
     * Runs the selected checks, one after another.
     *
     * @return one result per {@link Check}
     */
    public ConformanceReport run() {
        return new ConformanceRunner(baseUri, token, profile, interpretation, selected, tries, seed, client, timeout).run();
    }

    @Override
    public String toString() {
        return "ConformanceSuite[" + baseUri + ", profile=" + profile + ", " + interpretation + ", tries=" + tries
                + ", seed=" + seed + "]";
    }

    /**
     * Configures a {@link ConformanceSuite}. Each setter validates at once and may be called once (a second
     * call throws {@link IllegalStateException} naming the first value). Not thread-safe.
     */
    public static final class Builder {
        private URI baseUri;
        private Supplier<String> token;
        private String tokenSetting;
        private ServiceProfile profile;
        private FilterInterpretation interpretation;
        private Set<CheckTag> tags;
        private Set<Check> checks;
        private Integer tries;
        private Long seed;
        private HttpClient client;
        private Duration timeout;

        private Builder() {
        }

        /**
         * @param value the SCIM base URI, e.g. {@code https://api.zoom.us/scim2}; required
         * @return this
         * @throws IllegalArgumentException if not an absolute http or https URI
         * @throws IllegalStateException    if already set
         */
        public Builder baseUri(URI value) {
            once(baseUri, "baseUri");
            Objects.requireNonNull(value, "baseUri is null");
            if (!value.isAbsolute() || !("http".equalsIgnoreCase(value.getScheme())
                    || "https".equalsIgnoreCase(value.getScheme())) || value.getHost() == null) {
                throw new IllegalArgumentException("baseUri must be an absolute http or https URI but was " + value);
            }
            baseUri = value;
            return this;
        }

        /**
         * @param value a static bearer token; this or {@link #tokenSupplier} is required
         * @return this
         * @throws IllegalArgumentException if blank
         * @throws IllegalStateException    if a token or token supplier is already set
         */
        public Builder bearerToken(String value) {
            Objects.requireNonNull(value, "bearerToken is null");
            onceToken("bearerToken");
            if (value.isBlank()) {
                throw new IllegalArgumentException("bearerToken is blank");
            }
            token = () -> value;
            return this;
        }

        /**
         * @param value supplies the bearer token for each request (e.g. an OAuth token cache); this or
         *              {@link #bearerToken} is required
         * @return this
         * @throws IllegalStateException if a token or token supplier is already set
         */
        public Builder tokenSupplier(Supplier<String> value) {
            Objects.requireNonNull(value, "tokenSupplier is null");
            onceToken("tokenSupplier");
            token = value;
            return this;
        }

        /**
         * @param value what the service offers; default {@link ServiceProfile#SCIM} (every check runs)
         * @return this
         * @throws IllegalStateException if already set
         */
        public Builder profile(ServiceProfile value) {
            once(profile, "profile");
            profile = Objects.requireNonNull(value, "profile is null");
            return this;
        }

        /**
         * How {@link Check#FILTER_EQUALS_LOCAL_EVALUATION} reads filters where RFC 7643/7644 leave the
         * answer open (negation over multi-valued attributes, {@code pr} on empty values, ordering of
         * multi-valued attributes, case folding beyond ASCII, dateTime precision).
         *
         * @param value the readings to accept; default {@link FilterInterpretation#lenient()} (every
         *              defensible reading); {@link FilterInterpretation#scimkit()} holds the service to
         *              scimkit's own evaluator, {@code lenient().with(Negation.PER_VALUE)} to one documented
         *              reading of one point
         * @return this
         * @throws IllegalStateException if already set
         */
        public Builder filterInterpretation(FilterInterpretation value) {
            once(interpretation, "filterInterpretation");
            interpretation = Objects.requireNonNull(value, "filterInterpretation is null");
            return this;
        }

        /**
         * @param values run only the checks with these tags; default every tag
         * @return this
         * @throws IllegalArgumentException if none is given
         * @throws IllegalStateException    if already set
         */
        public Builder tags(CheckTag... values) {
            once(tags, "tags");
            tags = nonEmpty(values, "tags");
            return this;
        }

        /**
         * @param values run only these checks (within {@link #tags}, if also set); default every check
         * @return this
         * @throws IllegalArgumentException if none is given
         * @throws IllegalStateException    if already set
         */
        public Builder checks(Check... values) {
            once(checks, "checks");
            checks = nonEmpty(values, "checks");
            return this;
        }

        /**
         * @param value generated samples per property-based check, 1 to 1,000; default 10
         * @return this
         * @throws IllegalArgumentException if out of range
         * @throws IllegalStateException    if already set
         */
        public Builder tries(int value) {
            once(tries, "tries");
            if (value < 1 || value > 1000) {
                throw new IllegalArgumentException("tries must be 1 to 1000 but was " + value);
            }
            tries = value;
            return this;
        }

        /**
         * @param value the seed samples are generated from, to reproduce a run; default random (the report
         *              names it)
         * @return this
         * @throws IllegalStateException if already set
         */
        public Builder seed(long value) {
            once(seed, "seed");
            seed = value;
            return this;
        }

        /**
         * @param value the HTTP client to send with; default an HTTP/1.1 client with a 10 s connect timeout
         * @return this
         * @throws IllegalStateException if already set
         */
        public Builder httpClient(HttpClient value) {
            once(client, "httpClient");
            client = Objects.requireNonNull(value, "httpClient is null");
            return this;
        }

        /**
         * @param value how long to wait for each response; default 30 seconds
         * @return this
         * @throws IllegalArgumentException if not positive
         * @throws IllegalStateException    if already set
         */
        public Builder timeout(Duration value) {
            once(timeout, "timeout");
            Objects.requireNonNull(value, "timeout is null");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("timeout must be positive but was " + value);
            }
            timeout = value;
            return this;
        }

        /**
         * @return the suite
         * @throws IllegalStateException if baseUri or a token is missing, or tags and checks select nothing
         */
        public ConformanceSuite build() {
            if (baseUri == null) {
                throw new IllegalStateException("baseUri is required");
            }
            if (token == null) {
                throw new IllegalStateException("a bearerToken or tokenSupplier is required");
            }
            Set<Check> selected = EnumSet.noneOf(Check.class);
            for (Check check : Check.values()) {
                if ((tags == null || tags.contains(check.tag())) && (checks == null || checks.contains(check))) {
                    selected.add(check);
                }
            }
            if (selected.isEmpty()) {
                throw new IllegalStateException("tags " + tags + " and checks " + checks + " select no check");
            }
            return new ConformanceSuite(this, selected);
        }

        private void onceToken(String setting) {
            if (tokenSetting != null) {
                throw new IllegalStateException(setting + " conflicts with " + tokenSetting + ", which is already set");
            }
            tokenSetting = setting;
        }

        private static void once(Object previous, String name) {
            if (previous != null) {
                throw new IllegalStateException(name + " was already set to " + previous);
            }
        }

        @SafeVarargs
        private static <E extends Enum<E>> Set<E> nonEmpty(E... values) {
            return Set.copyOf(Arrays.asList(values));
        }

        private static <E extends Enum<E>> Set<E> nonEmpty(E[] values, String name) {
            Objects.requireNonNull(values, name + " is null");
            if (values.length == 0) {
                throw new IllegalArgumentException(name + " needs at least one value");
            }
            for (E value : values) {
                Objects.requireNonNull(value, name + " contains null");
            }
            return nonEmpty(values);
        }
    }
}
