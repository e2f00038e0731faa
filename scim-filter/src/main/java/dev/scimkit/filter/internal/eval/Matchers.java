package dev.scimkit.filter.internal.eval;

import jakarta.json.JsonObject;

/** The compiled node types. Each is immutable and thread-safe. */
final class Matchers {

    /** Matches nothing: a comparison that cannot hold (lenient mode, mismatched types). */
    static final Matcher NEVER = object -> false;

    private Matchers() {
    }

    record And(Matcher left, Matcher right) implements Matcher {
        @Override
        public boolean matches(JsonObject object) {
            return left.matches(object) && right.matches(object);
        }
    }

    record Or(Matcher left, Matcher right) implements Matcher {
        @Override
        public boolean matches(JsonObject object) {
            return left.matches(object) || right.matches(object);
        }
    }

    record Not(Matcher inner) implements Matcher {
        @Override
        public boolean matches(JsonObject object) {
            return !inner.matches(object);
        }
    }

    /** Any value passes {@code test}; negated for {@code ne} (so {@code ne} is exactly {@code not eq}). */
    record Compare(AttributeAccess access, ValueTest test, boolean negate) implements Matcher {
        @Override
        public boolean matches(JsonObject object) {
            return access.anyMatch(object, test) != negate;
        }
    }

    /** Some element of a multi-valued complex attribute matches the element filter. */
    record ValuePath(AttributeAccess access, Matcher element) implements Matcher {
        @Override
        public boolean matches(JsonObject object) {
            return access.anyElement(object, element);
        }
    }
}
