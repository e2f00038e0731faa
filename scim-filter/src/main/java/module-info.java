/**
 * SCIM filters, attribute paths and PATCH paths: an ANTLR 4 grammar, an immutable AST, a
 * canonical printer, a schema-aware evaluator, sorting, and the PATCH engine.
 *
 * <p>The ANTLR runtime is shaded and relocated into this jar
 * ({@code dev.scimkit.filter.internal.shaded.antlr}); {@code requires static} keeps it a
 * compile-time-only module dependency.
 */
module dev.scimkit.filter {
    requires transitive dev.scimkit.core;
    requires static org.antlr.antlr4.runtime;

    exports dev.scimkit.filter;
}
