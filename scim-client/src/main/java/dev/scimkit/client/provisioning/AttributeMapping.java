package dev.scimkit.client.provisioning;

import dev.scimkit.client.provisioning.internal.ResourceDraft;
import dev.scimkit.client.provisioning.internal.TargetPath;
import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import dev.scimkit.core.schema.SchemaRegistry;
import dev.scimkit.filter.PatchPath;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a {@link SourceRecord} becomes a SCIM user: rules from source attributes to SCIM target paths
 * ({@code userName}, {@code name.givenName}, {@code emails[type eq "work"].value},
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department}), parsed by
 * scim-filter's PATCH path grammar, with constants, defaults and {@link Transform}s. Immutable and
 * thread-safe. {@link Presets} holds the identity providers' default mappings.
 *
 * <pre>{@code
 * AttributeMapping mapping = AttributeMapping.builder()
 *         .map("mail", "userName", Transform.lowerCase())
 *         .map("mail", "emails[type eq \"work\"].value")
 *         .join("displayName", " ", "givenName", "surname")
 *         .map("role", "userType", Transform.lookup(Map.of("staff", "Licensed")))
 *         .defaultValue("userType", "Basic")
 *         .build();
 * }</pre>
 *
 * <p>Rules: a source attribute without a value (absent, JSON null, or a transform yielding none)
 * writes nothing, and the target's {@linkplain Builder#defaultValue default} is used instead if one is
 * set; a target nobody writes is left as it is in Zoom (never removed). When no rule writes
 * {@code active}, a person in scope is {@code active: true}.
 */
public final class AttributeMapping {

    private final List<Rule> rules;
    private final Map<TargetPath, JsonValue> defaults;
    private final String groupsAttribute;
    private final TargetPath active;

    private AttributeMapping(Builder builder) {
        this.rules = List.copyOf(builder.rules);
        this.defaults = Map.copyOf(builder.defaults);
        this.groupsAttribute = builder.groupsAttribute;
        this.active = TargetPath.parse("active");
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the targets written, in rule order, then targets that only have a default */
    public List<PatchPath> targets() {
        Set<PatchPath> targets = new LinkedHashSet<>();
        rules.forEach(rule -> targets.add(rule.target.patchPath()));
        defaults.keySet().forEach(target -> targets.add(target.patchPath()));
        return List.copyOf(targets);
    }

    /** @return the source attribute listing the person's group display names, if groups are provisioned */
    public Optional<String> groupsAttribute() {
        return Optional.ofNullable(groupsAttribute);
    }

    /**
     * Maps one person.
     *
     * @param source the person
     * @return the SCIM user as it should be in Zoom (with {@code schemas}, without {@code id})
     * @throws ScimException 400 {@code invalidValue} if a transform rejects a value, naming the target
     * @throws NullPointerException if {@code source} is null
     */
    public JsonObject toUser(SourceRecord source) {
        Objects.requireNonNull(source, "source is null");
        ResourceDraft draft = new ResourceDraft();
        Set<TargetPath> written = new LinkedHashSet<>();
        for (Rule rule : rules) {
            JsonValue value;
            try {
                value = rule.value(source);
            } catch (ScimException e) {
                throw new ScimException(e.status(), e.scimType(), "mapping to '" + rule.target + "': " + e.detail(), e);
            }
            if (value != null) {
                rule.target.write(draft, value);
                written.add(rule.target);
            }
        }
        defaults.forEach((target, value) -> {
            if (!written.contains(target)) {
                target.write(draft, value);
                written.add(target);
            }
        });
        if (!written.contains(active)) {
            active.write(draft, JsonValue.TRUE);
        }
        return draft.toJson(SchemaRegistry.USER);
    }

    /**
     * Restricts a resource to the targets {@code desired} has values for, in the same shape
     * {@link #toUser} writes them, so that the two can be compared or diffed.
     *
     * @param resource a user as it is in Zoom
     * @param desired  the user as {@link #toUser} produced it
     * @return the restricted copy (without {@code schemas})
     * @throws NullPointerException if an argument is null
     */
    public JsonObject project(JsonObject resource, JsonObject desired) {
        Objects.requireNonNull(resource, "resource is null");
        Objects.requireNonNull(desired, "desired is null");
        ResourceDraft draft = new ResourceDraft();
        for (TargetPath target : allTargets()) {
            if (target.read(desired) != null) {
                JsonValue current = target.read(resource);
                if (current != null) {
                    target.write(draft, current);
                }
            }
        }
        return draft.toJson(null);
    }

    /**
     * @param desired a user as {@link #toUser} produced it
     * @return the same without {@code schemas}, the shape {@link #project} returns
     */
    public JsonObject withoutSchemas(JsonObject desired) {
        ResourceDraft draft = new ResourceDraft();
        for (TargetPath target : allTargets()) {
            JsonValue value = target.read(desired);
            if (value != null) {
                target.write(draft, value);
            }
        }
        return draft.toJson(null);
    }

    /**
     * @param source the person
     * @return the display names of the groups the person should belong to (empty without a
     *         {@linkplain Builder#groups groups attribute})
     * @throws ScimException 400 {@code invalidValue} if the attribute is not a string or array of strings
     */
    public List<String> groupsOf(SourceRecord source) {
        Objects.requireNonNull(source, "source is null");
        if (groupsAttribute == null) {
            return List.of();
        }
        JsonValue value = source.get(groupsAttribute);
        List<String> names = new ArrayList<>();
        if (value instanceof JsonString text) {
            names.add(text.getString());
        } else if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (!(item instanceof JsonString text)) {
                    throw ScimException.invalidValue("source attribute '" + groupsAttribute
                            + "' must list group names as strings but holds " + ScimJson.write(item));
                }
                names.add(text.getString());
            }
        } else if (value != null) {
            throw ScimException.invalidValue("source attribute '" + groupsAttribute
                    + "' must be a group name or an array of them but was " + ScimJson.write(value));
        }
        return List.copyOf(names);
    }

    private List<TargetPath> allTargets() {
        Set<TargetPath> targets = new LinkedHashSet<>();
        rules.forEach(rule -> targets.add(rule.target));
        targets.addAll(defaults.keySet());
        targets.add(active);
        return List.copyOf(targets);
    }

    /** @return the rules as text, one per line */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("AttributeMapping[");
        for (Rule rule : rules) {
            text.append(rule).append("; ");
        }
        defaults.forEach((target, value) -> text.append("default ").append(target).append(" = ")
                .append(ScimJson.write(value)).append("; "));
        if (groupsAttribute != null) {
            text.append("groups <- ").append(groupsAttribute);
        }
        return text.append(']').toString();
    }

    /** One rule: sources (joined) or a constant, transformed, written to a target. */
    private static final class Rule {
        final TargetPath target;
        final List<String> sources;
        final String separator;
        final Transform transform;
        final JsonValue constant;

        Rule(TargetPath target, List<String> sources, String separator, Transform transform, JsonValue constant) {
            this.target = target;
            this.sources = sources;
            this.separator = separator;
            this.transform = transform;
            this.constant = constant;
        }

        JsonValue value(SourceRecord source) {
            if (constant != null) {
                return constant;
            }
            JsonValue raw;
            if (sources.size() == 1) {
                raw = source.get(sources.get(0));
            } else {
                List<String> parts = new ArrayList<>();
                for (String name : sources) {
                    JsonValue part = source.get(name);
                    if (part != null) {
                        String text = Transforms.text(part).strip();
                        if (!text.isEmpty()) {
                            parts.add(text);
                        }
                    }
                }
                raw = parts.isEmpty() ? null : ScimJson.provider().createValue(String.join(separator, parts));
            }
            return raw == null ? null : transform.apply(raw);
        }

        @Override
        public String toString() {
            return target + " <- " + (constant != null ? ScimJson.write(constant) : String.join(" + ", sources));
        }
    }

    /**
     * Builds an {@link AttributeMapping}. Every method checks its arguments at once: paths are parsed
     * (a bad one is a {@link ScimException} 400 {@code invalidPath} with its position) and a target
     * may have only one rule. Not thread-safe.
     */
    public static final class Builder {
        private final List<Rule> rules = new ArrayList<>();
        private final Map<TargetPath, JsonValue> defaults = new LinkedHashMap<>();
        private String groupsAttribute;

        private Builder() {
        }

        /**
         * Copies a source attribute unchanged to a target.
         *
         * @param sourceAttribute the source attribute name
         * @param target          the SCIM target path
         * @return this
         * @throws ScimException            400 {@code invalidPath} if {@code target} is not a usable path
         * @throws IllegalArgumentException if the target already has a rule, or the name is blank
         * @throws NullPointerException     if an argument is null
         */
        public Builder map(String sourceAttribute, String target) {
            return map(sourceAttribute, target, Transform.identity());
        }

        /**
         * Copies a source attribute to a target through a transform.
         *
         * @param sourceAttribute the source attribute name
         * @param target          the SCIM target path
         * @param transform       the transform
         * @return this
         * @throws ScimException            400 {@code invalidPath} if {@code target} is not a usable path
         * @throws IllegalArgumentException if the target already has a rule, or the name is blank
         * @throws NullPointerException     if an argument is null
         */
        public Builder map(String sourceAttribute, String target, Transform transform) {
            Objects.requireNonNull(transform, "transform is null");
            add(new Rule(parseTarget(target), List.of(sourceName(sourceAttribute)), "", transform, null));
            return this;
        }

        /**
         * Joins the present, non-blank values of several source attributes with a separator, e.g. a
         * display name from first and last name.
         *
         * @param target           the SCIM target path
         * @param separator        placed between values, e.g. {@code " "}
         * @param sourceAttributes the source attribute names, at least one
         * @return this
         * @throws ScimException            400 {@code invalidPath} if {@code target} is not a usable path
         * @throws IllegalArgumentException if the target already has a rule, or no source is given
         * @throws NullPointerException     if an argument is null
         */
        public Builder join(String target, String separator, String... sourceAttributes) {
            Objects.requireNonNull(separator, "separator is null");
            Objects.requireNonNull(sourceAttributes, "sourceAttributes is null");
            if (sourceAttributes.length == 0) {
                throw new IllegalArgumentException("join to '" + target + "' needs at least one source attribute");
            }
            List<String> names = new ArrayList<>();
            for (String name : sourceAttributes) {
                names.add(sourceName(name));
            }
            add(new Rule(parseTarget(target), List.copyOf(names), separator, Transform.identity(), null));
            return this;
        }

        /**
         * Writes the same value for everyone.
         *
         * @param target the SCIM target path
         * @param value  a {@link String}, {@link Boolean}, {@link Number} or {@link JsonValue}
         * @return this
         * @throws ScimException            400 {@code invalidPath} or {@code invalidValue}
         * @throws IllegalArgumentException if the target already has a rule
         * @throws NullPointerException     if an argument is null
         */
        public Builder constant(String target, Object value) {
            add(new Rule(parseTarget(target), List.of(), "", Transform.identity(), json(value, target)));
            return this;
        }

        /**
         * Sets the value written when the target's rule gives none (or it has no rule). If this method
         * is not invoked, such a target is left as it is in Zoom.
         *
         * @param target the SCIM target path
         * @param value  a {@link String}, {@link Boolean}, {@link Number} or {@link JsonValue}
         * @return this
         * @throws ScimException            400 {@code invalidPath} or {@code invalidValue}
         * @throws IllegalArgumentException if the target already has a default
         * @throws NullPointerException     if an argument is null
         */
        public Builder defaultValue(String target, Object value) {
            TargetPath path = parseTarget(target);
            JsonValue json = json(value, target);
            if (defaults.putIfAbsent(path, json) != null) {
                throw new IllegalArgumentException("target '" + target + "' already has a default");
            }
            return this;
        }

        /**
         * Provisions groups: the named source attribute lists (as a string or an array of strings) the
         * display names of the groups the person belongs to. If this method is not invoked, groups and
         * memberships are not touched.
         *
         * @param sourceAttribute the source attribute name, e.g. {@code groups}
         * @return this
         * @throws IllegalArgumentException if the name is blank
         * @throws NullPointerException     if the name is null
         */
        public Builder groups(String sourceAttribute) {
            groupsAttribute = sourceName(sourceAttribute);
            return this;
        }

        /**
         * @return the mapping
         * @throws IllegalStateException if nothing writes {@code userName} (every Zoom user needs one)
         */
        public AttributeMapping build() {
            TargetPath userName = TargetPath.parse("userName");
            boolean mapsUserName = rules.stream().anyMatch(rule -> rule.target.equals(userName))
                    || defaults.containsKey(userName);
            if (!mapsUserName) {
                throw new IllegalStateException("the mapping has no rule for userName, which every Zoom user needs");
            }
            return new AttributeMapping(this);
        }

        private void add(Rule rule) {
            for (Rule existing : rules) {
                if (existing.target.equals(rule.target)) {
                    throw new IllegalArgumentException("target '" + rule.target + "' already has a rule: " + existing);
                }
            }
            rules.add(rule);
        }

        private static TargetPath parseTarget(String target) {
            Objects.requireNonNull(target, "target is null");
            return TargetPath.parse(target);
        }

        private static String sourceName(String name) {
            Objects.requireNonNull(name, "source attribute name is null");
            if (name.isBlank()) {
                throw new IllegalArgumentException("source attribute name is blank");
            }
            return name;
        }

        private static JsonValue json(Object value, String target) {
            Objects.requireNonNull(value, "value is null");
            try {
                return SourceRecord.of(Map.of(target, value)).get(target);
            } catch (ScimException e) {
                throw ScimException.invalidValue("value for target '" + target + "' must be a string, boolean, "
                        + "number or JSON value but was a " + value.getClass().getName());
            }
        }
    }
}
