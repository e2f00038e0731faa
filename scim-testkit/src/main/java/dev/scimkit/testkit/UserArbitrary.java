package dev.scimkit.testkit;

import dev.scimkit.core.Email;
import dev.scimkit.core.EnterpriseUser;
import dev.scimkit.core.Name;
import dev.scimkit.core.PhoneNumber;
import dev.scimkit.core.User;
import dev.scimkit.core.ZoomUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates valid {@link User}s: valid per {@link dev.scimkit.core.schema.SchemaRegistry#defaults()}
 * and accepted by Zoom. Obtain one from {@link ScimArbitraries#users()}. Immutable: every option
 * returns a new arbitrary.
 *
 * <p>Defaults: {@code userName} is an e-mail address {@code <local>@example.com} (also the primary
 * work e-mail); {@code name.givenName}/{@code name.familyName} of 1 to 12 letters including
 * non-ASCII ones (Latin, Greek, Cyrillic, CJK), {@code displayName} "given family"; {@code active}
 * true or false; {@code userType} Basic, Licensed or On-Prem; optional (each present about half the
 * time) {@code title}, {@code externalId}, a second (home) e-mail, phone numbers, the Enterprise
 * extension (department, employee number, cost center) and the Zoom extension ({@code loginType}).
 * Shrinking heads for one-letter ASCII names and absent optional attributes.
 *
 * <p>{@code userName}s are not unique across samples; add a unique suffix (or use
 * {@link #userNameDomain(String)} per test) when a service enforces uniqueness.
 */
public final class UserArbitrary extends ArbitraryDecorator<User> {

    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private final boolean unicode;
    private final boolean enterprise;
    private final boolean zoomExtension;
    private final boolean activeOnly;
    private final String domain;

    UserArbitrary() {
        this(true, true, true, false, "example.com");
    }

    private UserArbitrary(boolean unicode, boolean enterprise, boolean zoomExtension, boolean activeOnly,
                          String domain) {
        this.unicode = unicode;
        this.enterprise = enterprise;
        this.zoomExtension = zoomExtension;
        this.activeOnly = activeOnly;
        this.domain = domain;
    }

    /** @return a copy generating only ASCII names (default: names include non-ASCII letters) */
    public UserArbitrary asciiNames() {
        return new UserArbitrary(false, enterprise, zoomExtension, activeOnly, domain);
    }

    /** @return a copy that never adds the Enterprise extension (default: present about half the time) */
    public UserArbitrary withoutEnterpriseExtension() {
        return new UserArbitrary(unicode, false, zoomExtension, activeOnly, domain);
    }

    /** @return a copy that never adds the Zoom extension (default: present about half the time) */
    public UserArbitrary withoutZoomExtension() {
        return new UserArbitrary(unicode, enterprise, false, activeOnly, domain);
    }

    /** @return a copy generating only {@code active: true} users (default: true or false) */
    public UserArbitrary activeOnly() {
        return new UserArbitrary(unicode, enterprise, zoomExtension, true, domain);
    }

    /**
     * @param value the domain of every {@code userName} and e-mail address; default {@code example.com}
     * @return a copy with that domain
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is not a DNS name with at least two labels
     */
    public UserArbitrary userNameDomain(String value) {
        Objects.requireNonNull(value, "value is null");
        if (!DOMAIN.matcher(value).matches()) {
            throw new IllegalArgumentException("userNameDomain must be a DNS name such as example.com but was '"
                    + value + "'");
        }
        return new UserArbitrary(unicode, enterprise, zoomExtension, activeOnly, value);
    }

    @Override
    protected Arbitrary<User> arbitrary() {
        Arbitrary<String> names = Generators.names(unicode, 12);
        Arbitrary<Identity> identity = Combinators.combine(Generators.localParts(), names, names)
                .as((local, given, family) -> new Identity(local + "@" + domain, given, family));
        Arbitrary<String> title = Arbitraries.of("Engineer", "Manager", "Designer", "Analyst", "Director")
                .injectNull(0.5);
        Arbitrary<String> externalId = Generators.identifiers().injectNull(0.5);
        Arbitrary<String> homeEmail = Generators.localParts().map(local -> local + ".home@" + domain).injectNull(0.7);
        Arbitrary<List<PhoneNumber>> phones = Combinators.combine(Generators.phoneNumbers(),
                        Arbitraries.of("work", "mobile", "home"))
                .as((number, type) -> PhoneNumber.of(number, type, false))
                .list().ofMaxSize(2).uniqueElements(PhoneNumber::type);
        Arbitrary<Boolean> active = activeOnly ? Arbitraries.just(true) : Arbitraries.of(true, false);
        Arbitrary<String> userType = Arbitraries.of("Basic", "Licensed", "On-Prem");
        Arbitrary<EnterpriseUser> enterpriseUser = enterprise
                ? Combinators.combine(Arbitraries.of("Engineering", "Sales", "Support", "Finance"),
                        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6),
                        Arbitraries.of("CC-100", "CC-200").injectNull(0.5))
                .as((department, number, costCenter) ->
                        new EnterpriseUser(number, costCenter, null, null, department, null, null))
                .injectNull(0.5)
                : Arbitraries.just(null);
        Arbitrary<ZoomUser> zoomUser = zoomExtension
                ? Arbitraries.of(true, false).map(sso -> ZoomUser.of(!sso, sso)).injectNull(0.5)
                : Arbitraries.just(null);
        Arbitrary<Extras> extras = Combinators.combine(homeEmail, phones, enterpriseUser, zoomUser).as(Extras::new);
        return Combinators.combine(identity, title, externalId, active, userType, extras)
                .as(UserArbitrary::user);
    }

    private static User user(Identity identity, String title, String externalId, boolean active, String userType,
                             Extras extras) {
        List<Email> emails = new ArrayList<>();
        emails.add(Email.of(identity.userName(), "work", true));
        if (extras.homeEmail() != null) {
            emails.add(Email.of(extras.homeEmail(), "home", false));
        }
        return User.builder()
                .userName(identity.userName())
                .name(Name.of(identity.givenName(), identity.familyName()))
                .displayName(identity.givenName() + " " + identity.familyName())
                .emails(emails)
                .phoneNumbers(extras.phones())
                .title(title)
                .externalId(externalId)
                .active(active)
                .userType(userType)
                .enterpriseUser(extras.enterprise())
                .zoomUser(extras.zoom())
                .build();
    }

    private record Identity(String userName, String givenName, String familyName) {
    }

    private record Extras(String homeEmail, List<PhoneNumber> phones, EnterpriseUser enterprise, ZoomUser zoom) {
    }
}
