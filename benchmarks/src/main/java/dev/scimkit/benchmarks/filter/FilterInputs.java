package dev.scimkit.benchmarks.filter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Realistic, deterministic inputs shared by the filter benchmarks. */
final class FilterInputs {

    /** How many distinct filter strings the parse benchmark cycles through. */
    static final int DISTINCT = 1024;

    /** Seven mixed filters evaluated against the RFC 7643 §8.2 full user. */
    static final List<String> MIXED = List.of(
            "userName eq \"bjensen@example.com\"",
            "name.familyName co \"ens\"",
            "emails[type eq \"work\" and value co \"@example.com\"]",
            "meta.lastModified gt \"2011-05-13T04:42:33Z\"",
            "title pr and userType eq \"Employee\"",
            "userType ne \"Employee\" and not (emails.value co \"example.com\" or emails.value co \"example.org\")",
            "addresses[type eq \"home\" and locality eq \"Hollywood\"] or phoneNumbers.value sw \"555\"");

    private static final String[] TEMPLATES = {
            "userName eq \"user%d@example.com\"",
            "name.familyName co \"Jen%d\" and active eq true",
            "emails[type eq \"work\" and value ew \"@example%d.com\"]",
            "meta.lastModified gt \"2011-05-13T04:42:%02dZ\" or title pr",
            "userType eq \"Employee\" and (emails.value co \"example.com\" or emails.value co \"example%d.org\")",
            "not (displayName sw \"B%d\") and externalId pr",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"%d\"",
            "title pr and (userType eq \"Intern%d\" or userType eq \"Employee\") and active eq false",
    };

    private FilterInputs() {
    }

    /** @return {@link #DISTINCT} different filter strings, eight shapes with varying constants */
    static String[] distinctFilters() {
        Set<String> filters = new LinkedHashSet<>();
        for (int i = 0; filters.size() < DISTINCT; i++) {
            filters.add(String.format(TEMPLATES[i % TEMPLATES.length], i / TEMPLATES.length % 60 + i / 480 * 100));
        }
        return new ArrayList<>(filters).toArray(String[]::new);
    }

    /** @return the RFC 7643 §8.2 full user as JSON text */
    static String fullUser() {
        try (InputStream in = FilterInputs.class.getResourceAsStream("rfc7643-full-user.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
