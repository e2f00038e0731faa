package dev.scimkit.testkit;

import dev.scimkit.core.Email;
import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.PhoneNumber;
import dev.scimkit.core.User;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.SchemaRegistry;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates RFC 7644 PATCH requests for users. Obtain one from {@link ScimArbitraries#patchRequests()}.
 * Immutable: every option returns a new arbitrary.
 *
 * <p>Defaults: 1 to 3 operations with distinct paths, chosen from {@code replace} of
 * {@code name.givenName}, {@code name.familyName}, {@code displayName}, {@code title}, {@code active},
 * {@code userName} (a fresh {@code <word>.<random>@example.com}) and the Enterprise {@code department}
 * and {@code manager}; {@code add} of {@code title} and of a mobile phone number; a
 * path-less {@code replace} of {@code displayName} and {@code active}. Every such request applies to
 * any user. {@link #forUser(User)} adds operations that need the user's current values
 * ({@code replace emails[type eq "work"].value}, {@code remove title},
 * {@code remove phoneNumbers[type eq "…"]}); {@link #zoomCompatible()} keeps to what Zoom accepts.
 * Shrinking heads for a single {@code replace} of {@code name.givenName}.
 */
public final class PatchRequestArbitrary extends ArbitraryDecorator<PatchRequest> {

    private static final String DEPARTMENT = SchemaRegistry.ENTERPRISE_USER + ":department";
    private static final String MANAGER = SchemaRegistry.ENTERPRISE_USER + ":manager";

    private final User target;
    private final boolean zoom;
    private final int maxOperations;

    PatchRequestArbitrary() {
        this(null, false, 3);
    }

    private PatchRequestArbitrary(User target, boolean zoom, int maxOperations) {
        this.target = target;
        this.zoom = zoom;
        this.maxOperations = maxOperations;
    }

    /**
     * @param user the user the requests will be applied to
     * @return a copy that also generates operations on the user's current values, all valid for it
     * @throws NullPointerException if {@code user} is null
     */
    public PatchRequestArbitrary forUser(User user) {
        return new PatchRequestArbitrary(Objects.requireNonNull(user, "user is null"), zoom, maxOperations);
    }

    /**
     * Keeps to what Zoom's PATCH accepts: {@code replace} of {@code active}, {@code name.givenName},
     * {@code name.familyName}, the Enterprise {@code department} and (with {@link #forUser}) the work
     * e-mail, and a path-less {@code replace} of {@code active}.
     *
     * @return a copy restricted to Zoom's operations
     */
    public PatchRequestArbitrary zoomCompatible() {
        return new PatchRequestArbitrary(target, true, maxOperations);
    }

    /**
     * @param value the most operations per request, 1 to 10; default 3
     * @return a copy with that limit
     * @throws IllegalArgumentException if out of range
     */
    public PatchRequestArbitrary maxOperations(int value) {
        if (value < 1 || value > 10) {
            throw new IllegalArgumentException("maxOperations must be 1 to 10 but was " + value);
        }
        return new PatchRequestArbitrary(target, zoom, value);
    }

    @Override
    protected Arbitrary<PatchRequest> arbitrary() {
        Arbitrary<JsonValue> names = Generators.names(true, 12).map(PatchRequestArbitrary::string);
        Arbitrary<JsonValue> flags = Arbitraries.of(JsonValue.TRUE, JsonValue.FALSE);
        Arbitrary<JsonValue> departments = Arbitraries.of("Engineering", "Sales", "Support", "Legal")
                .map(PatchRequestArbitrary::string);
        List<Arbitrary<PatchOperation>> choices = new ArrayList<>();
        choices.add(names.map(value -> PatchOperation.replace("name.givenName", value)));
        choices.add(names.map(value -> PatchOperation.replace("name.familyName", value)));
        choices.add(flags.map(value -> PatchOperation.replace("active", value)));
        choices.add(departments.map(value -> PatchOperation.replace(DEPARTMENT, value)));
        if (zoom) {
            choices.add(flags.map(value -> PatchOperation.replace(null,
                    ScimJson.builders().createObjectBuilder().add("active", value).build())));
        } else {
            Arbitrary<JsonValue> titles = Arbitraries.of("Engineer", "Manager", "Designer", "Analyst")
                    .map(PatchRequestArbitrary::string);
            choices.add(names.map(value -> PatchOperation.replace("displayName", value)));
            choices.add(titles.map(value -> PatchOperation.replace("title", value)));
            choices.add(titles.map(value -> PatchOperation.add("title", value)));
            choices.add(Generators.phoneNumbers().map(number -> PatchOperation.add("phoneNumbers",
                    ScimJson.builders().createArrayBuilder().add(ScimJson.builders().createObjectBuilder()
                            .add("value", number).add("type", "mobile")).build())));
            choices.add(Combinators.combine(Generators.localParts(), Generators.identifiers())
                    .as((local, suffix) -> PatchOperation.replace("userName",
                            string(local + "." + suffix.toLowerCase(java.util.Locale.ROOT) + "@example.com"))));
            choices.add(Generators.identifiers().map(id -> PatchOperation.replace(MANAGER,
                    ScimJson.builders().createObjectBuilder().add("value", id).build())));
            choices.add(Combinators.combine(names, flags).as((name, flag) -> PatchOperation.replace(null,
                    ScimJson.builders().createObjectBuilder().add("displayName", name).add("active", flag).build())));
        }
        if (target != null) {
            addTargetedChoices(choices);
        }
        return Arbitraries.oneOf(choices).list().ofMinSize(1).ofMaxSize(maxOperations)
                .uniqueElements(operation -> operation.path() == null ? "" : operation.path())
                .map(PatchRequest::new);
    }

    private void addTargetedChoices(List<Arbitrary<PatchOperation>> choices) {
        boolean hasWorkEmail = target.emails().stream().map(Email::type).anyMatch("work"::equals);
        if (hasWorkEmail) {
            choices.add(Generators.localParts().map(local -> PatchOperation.replace("emails[type eq \"work\"].value",
                    string(local + "@" + domainOf(target.userName())))));
        }
        if (zoom) {
            return;
        }
        if (target.title() != null) {
            choices.add(Arbitraries.just(PatchOperation.remove("title")));
        }
        for (String type : target.phoneNumbers().stream().map(PhoneNumber::type).filter(Objects::nonNull)
                .distinct().toList()) {
            choices.add(Arbitraries.just(PatchOperation.remove("phoneNumbers[type eq \"" + type + "\"]")));
        }
    }

    private static String domainOf(String userName) {
        int at = userName == null ? -1 : userName.lastIndexOf('@');
        return at < 0 || at == userName.length() - 1 ? "example.com" : userName.substring(at + 1);
    }

    private static JsonValue string(String value) {
        return ScimJson.provider().createValue(value);
    }
}
