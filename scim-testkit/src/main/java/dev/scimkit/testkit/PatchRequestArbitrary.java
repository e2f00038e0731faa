package dev.scimkit.testkit;

import dev.scimkit.core.Email;
import dev.scimkit.core.PatchOperation;
import dev.scimkit.core.PatchRequest;
import dev.scimkit.core.PhoneNumber;
import dev.scimkit.core.User;
import dev.scimkit.core.dialect.Dialect;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.AttributeReference;
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
 * and {@code manager}; {@code add} of {@code title} and of a mobile phone number; path-less
 * {@code replace}s of {@code active} and of {@code displayName} with {@code active}. Every such request
 * applies to any user. {@link #forUser(User)} adds operations that need the user's current values
 * ({@code replace emails[type eq "work"].value}, {@code remove title},
 * {@code remove phoneNumbers[type eq "…"]}); {@link #zoomCompatible()} keeps to what Zoom accepts
 * ({@link Dialect#userPatchPaths()} of {@link Dialect#zoom()}: only {@code replace}, only those paths).
 * Shrinking heads for a single {@code replace} of {@code name.givenName}.
 */
public final class PatchRequestArbitrary extends ArbitraryDecorator<PatchRequest> {

    private static final String DEPARTMENT = SchemaRegistry.ENTERPRISE_USER + ":department";
    private static final String MANAGER = SchemaRegistry.ENTERPRISE_USER + ":manager";
    private static final AttributeReference NAME_GIVEN = AttributeReference.of("name", "givenName");
    private static final AttributeReference NAME_FAMILY = AttributeReference.of("name", "familyName");
    private static final AttributeReference ACTIVE = AttributeReference.of("active");
    private static final AttributeReference DISPLAY_NAME = AttributeReference.of("displayName");
    private static final AttributeReference TITLE = AttributeReference.of("title");
    private static final AttributeReference USER_NAME = AttributeReference.of("userName");
    private static final AttributeReference EMAIL_VALUE = AttributeReference.of("emails", "value");
    private static final AttributeReference DEPARTMENT_REFERENCE =
            new AttributeReference(SchemaRegistry.ENTERPRISE_USER, "department", null);
    /** Stands for an operation that is no {@code replace} of a named attribute ({@code add}, {@code remove}). */
    private static final AttributeReference NOT_A_REPLACE = AttributeReference.of("(add or remove)");
    private static final AttributeReference MANAGER_REFERENCE =
            new AttributeReference(SchemaRegistry.ENTERPRISE_USER, "manager", null);

    private final User target;
    private final Dialect dialect;
    private final int maxOperations;

    PatchRequestArbitrary() {
        this(null, Dialect.rfc7644(), 3);
    }

    private PatchRequestArbitrary(User target, Dialect dialect, int maxOperations) {
        this.target = target;
        this.dialect = dialect;
        this.maxOperations = maxOperations;
    }

    /**
     * @param user the user the requests will be applied to
     * @return a copy that also generates operations on the user's current values, all valid for it
     * @throws NullPointerException if {@code user} is null
     */
    public PatchRequestArbitrary forUser(User user) {
        return new PatchRequestArbitrary(Objects.requireNonNull(user, "user is null"), dialect, maxOperations);
    }

    /**
     * Keeps to what Zoom's PATCH accepts: {@code replace} of {@code active}, {@code name.givenName},
     * {@code name.familyName}, the Enterprise {@code department} and (with {@link #forUser}) the work
     * e-mail, and a path-less {@code replace} of {@code active}.
     *
     * @return a copy restricted to Zoom's operations
     */
    public PatchRequestArbitrary zoomCompatible() {
        return new PatchRequestArbitrary(target, Dialect.zoom(), maxOperations);
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
        return new PatchRequestArbitrary(target, dialect, value);
    }

    @Override
    protected Arbitrary<PatchRequest> arbitrary() {
        Arbitrary<JsonValue> names = Generators.names(true, 12).map(PatchRequestArbitrary::string);
        Arbitrary<JsonValue> flags = Arbitraries.of(JsonValue.TRUE, JsonValue.FALSE);
        Arbitrary<JsonValue> departments = Arbitraries.of("Engineering", "Sales", "Support", "Legal")
                .map(PatchRequestArbitrary::string);
        Arbitrary<JsonValue> titles = Arbitraries.of("Engineer", "Manager", "Designer", "Analyst")
                .map(PatchRequestArbitrary::string);
        List<Arbitrary<PatchOperation>> choices = new ArrayList<>();
        offer(choices, names.map(value -> PatchOperation.replace("name.givenName", value)), NAME_GIVEN);
        offer(choices, names.map(value -> PatchOperation.replace("name.familyName", value)), NAME_FAMILY);
        offer(choices, flags.map(value -> PatchOperation.replace("active", value)), ACTIVE);
        offer(choices, departments.map(value -> PatchOperation.replace(DEPARTMENT, value)), DEPARTMENT_REFERENCE);
        offer(choices, flags.map(value -> PatchOperation.replace(null,
                ScimJson.builders().createObjectBuilder().add("active", value).build())), ACTIVE);
        offer(choices, names.map(value -> PatchOperation.replace("displayName", value)), DISPLAY_NAME);
        offer(choices, titles.map(value -> PatchOperation.replace("title", value)), TITLE);
        offer(choices, titles.map(value -> PatchOperation.add("title", value)), NOT_A_REPLACE);
        offer(choices, Generators.phoneNumbers().map(number -> PatchOperation.add("phoneNumbers",
                ScimJson.builders().createArrayBuilder().add(ScimJson.builders().createObjectBuilder()
                        .add("value", number).add("type", "mobile")).build())), NOT_A_REPLACE);
        offer(choices, Combinators.combine(Generators.localParts(), Generators.identifiers())
                .as((local, suffix) -> PatchOperation.replace("userName",
                        string(local + "." + suffix.toLowerCase(java.util.Locale.ROOT) + "@example.com"))), USER_NAME);
        offer(choices, Generators.identifiers().map(id -> PatchOperation.replace(MANAGER,
                ScimJson.builders().createObjectBuilder().add("value", id).build())), MANAGER_REFERENCE);
        offer(choices, Combinators.combine(names, flags).as((name, flag) -> PatchOperation.replace(null,
                ScimJson.builders().createObjectBuilder().add("displayName", name).add("active", flag).build())),
                DISPLAY_NAME, ACTIVE);
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
            offer(choices, Generators.localParts().map(local -> PatchOperation.replace("emails[type eq \"work\"].value",
                    string(local + "@" + domainOf(target.userName())))), EMAIL_VALUE);
        }
        if (target.title() != null) {
            offer(choices, Arbitraries.just(PatchOperation.remove("title")), NOT_A_REPLACE);
        }
        for (String type : target.phoneNumbers().stream().map(PhoneNumber::type).filter(Objects::nonNull)
                .distinct().toList()) {
            offer(choices, Arbitraries.just(PatchOperation.remove("phoneNumbers[type eq \"" + type + "\"]")),
                    NOT_A_REPLACE);
        }
    }

    /**
     * Adds a choice when the dialect lets a user PATCH change what it touches: any attribute where the
     * dialect names none, else only {@code replace}s of the attributes it names.
     */
    private void offer(List<Arbitrary<PatchOperation>> choices, Arbitrary<PatchOperation> choice,
                       AttributeReference... touched) {
        List<AttributeReference> patchable = dialect.userPatchPaths();
        if (!patchable.isEmpty()) {
            for (AttributeReference reference : touched) {
                if (!patchable.contains(reference)) {
                    return;
                }
            }
        }
        choices.add(choice);
    }

    private static String domainOf(String userName) {
        int at = userName == null ? -1 : userName.lastIndexOf('@');
        return at < 0 || at == userName.length() - 1 ? "example.com" : userName.substring(at + 1);
    }

    private static JsonValue string(String value) {
        return ScimJson.provider().createValue(value);
    }
}
