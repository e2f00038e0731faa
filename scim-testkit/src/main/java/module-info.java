/**
 * Test support: an in-memory fake of Zoom's SCIM service over real HTTP, fault injection, a JUnit 5
 * extension, AssertJ assertions, jqwik arbitraries and a conformance suite.
 */
module dev.scimkit.testkit {
    requires transitive dev.scimkit.core;
    requires transitive dev.scimkit.filter;
    requires java.net.http;
    requires static transitive org.junit.jupiter.api;
    requires static transitive net.jqwik.api;
    requires static transitive org.assertj.core;

    exports dev.scimkit.testkit;
    exports dev.scimkit.testkit.conformance;
    // Bare @ForAll User (Group, Filter, ...) in jqwik properties; found by ServiceLoader.
    provides net.jqwik.api.providers.ArbitraryProvider
            with dev.scimkit.testkit.internal.jqwik.ScimArbitraryProvider;
    // JUnit instantiates the extension behind @ZoomScimFakeTest reflectively.
    opens dev.scimkit.testkit.internal.junit to org.junit.platform.commons;
}
