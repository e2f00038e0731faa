package dev.scimkit.filter.internal.parser;

import dev.scimkit.core.json.ScimJson;
import dev.scimkit.filter.AttributePath;
import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.FilterParseException;
import dev.scimkit.filter.PatchPath;
import dev.scimkit.filter.internal.grammar.ScimFilterBaseVisitor;
import dev.scimkit.filter.internal.grammar.ScimFilterLexer;
import dev.scimkit.filter.internal.grammar.ScimFilterParser;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the AST from a parse tree: one visitor method per labelled alternative. Semantic rules
 * the grammar does not express (value filters name plain sub-attributes and do not nest) are
 * checked here and reported at the first token of the offending construct.
 */
final class AstBuilder extends ScimFilterBaseVisitor<Filter> {

    private final SourceText source;
    /** The attribute whose value filter is being built, or null outside value filters. */
    private AttributePath valueFilterOwner;

    AstBuilder(SourceText source) {
        this.source = source;
    }

    Filter filter(ScimFilterParser.FilterContext context) {
        return visit(context.expression());
    }

    AttributePath attributePath(ScimFilterParser.AttributePathContext context) {
        return path(context.ATTRPATH().getSymbol());
    }

    PatchPath patchPath(ScimFilterParser.PatchPathContext context) {
        Token pathToken = context.ATTRPATH().getSymbol();
        AttributePath path = path(pathToken);
        if (context.expression() == null) {
            return PatchPath.of(path);
        }
        Filter valueFilter = elementFilter(path, pathToken, context.expression());
        TerminalNode sub = context.SUBATTR();
        return new PatchPath(path, valueFilter, sub == null ? null : sub.getText().substring(1));
    }

    List<AttributePath> attributeList(ScimFilterParser.AttributeListContext context) {
        List<TerminalNode> nodes = context.ATTRPATH();
        List<AttributePath> paths = new ArrayList<>(nodes.size());
        for (TerminalNode node : nodes) {
            paths.add(path(node.getSymbol()));
        }
        return List.copyOf(paths);
    }

    @Override
    public Filter visitExpression(ScimFilterParser.ExpressionContext context) {
        List<ScimFilterParser.ConjunctionContext> terms = context.terms;
        Filter result = visit(terms.get(0));
        for (int i = 1; i < terms.size(); i++) {
            result = new Filter.Or(result, visit(terms.get(i)));
        }
        return result;
    }

    @Override
    public Filter visitConjunction(ScimFilterParser.ConjunctionContext context) {
        List<ScimFilterParser.PrimaryContext> factors = context.factors;
        Filter result = visit(factors.get(0));
        for (int i = 1; i < factors.size(); i++) {
            result = new Filter.And(result, visit(factors.get(i)));
        }
        return result;
    }

    @Override
    public Filter visitNot(ScimFilterParser.NotContext context) {
        return new Filter.Not(visit(context.expression()));
    }

    @Override
    public Filter visitGroup(ScimFilterParser.GroupContext context) {
        return visit(context.expression());
    }

    @Override
    public Filter visitAttributeExpression(ScimFilterParser.AttributeExpressionContext context) {
        Token pathToken = context.ATTRPATH().getSymbol();
        AttributePath path = path(pathToken);
        ScimFilterParser.PredicateContext predicate = context.predicate();
        if (valueFilterOwner != null) {
            checkElementPath(path, pathToken, predicate);
        }
        if (predicate instanceof ScimFilterParser.PresentContext) {
            return new Filter.Presence(path);
        }
        if (predicate instanceof ScimFilterParser.ComparisonContext comparison) {
            return new Filter.Comparison(path, operator(comparison.compareOp().getStart()),
                    value(comparison.compValue()));
        }
        ScimFilterParser.ValueFilterContext valueFilter = (ScimFilterParser.ValueFilterContext) predicate;
        return new Filter.ValuePath(path, elementFilter(path, pathToken, valueFilter.expression()));
    }

    private Filter elementFilter(AttributePath owner, Token ownerToken, ScimFilterParser.ExpressionContext expression) {
        if (owner.subAttribute() != null) {
            throw semantic("value filter on '" + owner + "' at position " + source.position(ownerToken)
                    + "; a value path names the attribute without a sub-attribute, e.g. emails[type eq \"work\"]",
                    ownerToken);
        }
        valueFilterOwner = owner;
        try {
            return visit(expression);
        } finally {
            valueFilterOwner = null;
        }
    }

    private void checkElementPath(AttributePath path, Token pathToken, ScimFilterParser.PredicateContext predicate) {
        if (predicate instanceof ScimFilterParser.ValueFilterContext) {
            throw semantic("nested value filter on '" + path + "' at position " + source.position(pathToken)
                    + " inside the value filter of '" + valueFilterOwner + "'; value filters do not nest", pathToken);
        }
        if (path.schemaUrn() != null || path.subAttribute() != null) {
            throw semantic("'" + path + "' at position " + source.position(pathToken) + " inside the value filter of '"
                    + valueFilterOwner + "' must be a plain sub-attribute name such as 'type' or 'value'", pathToken);
        }
    }

    private FilterParseException semantic(String detail, Token at) {
        return new FilterParseException(source.scimType(), detail, source.position(at), at.getText(), List.of());
    }

    /** Splits an ATTRPATH token at its last ':' (schema URN) and its '.' (sub-attribute). */
    private AttributePath path(Token token) {
        String text = token.getText();
        int colon = text.lastIndexOf(':');
        String urn = colon < 0 ? null : text.substring(0, colon);
        int dot = text.indexOf('.', colon + 1);
        String name = dot < 0 ? text.substring(colon + 1) : text.substring(colon + 1, dot);
        String sub = dot < 0 ? null : text.substring(dot + 1);
        return new AttributePath(urn, name, sub);
    }

    private static ComparisonOperator operator(Token token) {
        return switch (token.getType()) {
            case ScimFilterLexer.EQ -> ComparisonOperator.EQ;
            case ScimFilterLexer.NE -> ComparisonOperator.NE;
            case ScimFilterLexer.CO -> ComparisonOperator.CO;
            case ScimFilterLexer.SW -> ComparisonOperator.SW;
            case ScimFilterLexer.EW -> ComparisonOperator.EW;
            case ScimFilterLexer.GT -> ComparisonOperator.GT;
            case ScimFilterLexer.GE -> ComparisonOperator.GE;
            case ScimFilterLexer.LT -> ComparisonOperator.LT;
            case ScimFilterLexer.LE -> ComparisonOperator.LE;
            default -> throw new IllegalStateException("grammar and AST builder disagree on operator "
                    + ScimFilterLexer.VOCABULARY.getDisplayName(token.getType()));
        };
    }

    /**
     * @param context a comparison value: one literal token, or (lenient mode only) an unquoted value
     * @return the literal's value, or the unquoted value's raw input text, trimmed, as a string
     */
    private JsonValue value(ScimFilterParser.CompValueContext context) {
        Token start = context.getStart();
        Token stop = context.getStop();
        if (start == stop && context.bareStart() == null) {
            return value(start);
        }
        String raw = start.getInputStream().getText(Interval.of(start.getStartIndex(), stop.getStopIndex()));
        return ScimJson.provider().createValue(raw.strip());
    }

    private JsonValue value(Token token) {
        return switch (token.getType()) {
            case ScimFilterLexer.TRUE -> JsonValue.TRUE;
            case ScimFilterLexer.FALSE -> JsonValue.FALSE;
            case ScimFilterLexer.NULL -> JsonValue.NULL;
            case ScimFilterLexer.STRING -> ScimJson.provider().createValue(unescape(token.getText()));
            case ScimFilterLexer.NUMBER -> ScimJson.provider().createValue(number(token));
            default -> throw new IllegalStateException("grammar and AST builder disagree on value "
                    + ScimFilterLexer.VOCABULARY.getDisplayName(token.getType()));
        };
    }

    private BigDecimal number(Token token) {
        try {
            return new BigDecimal(token.getText());
        } catch (NumberFormatException outOfRange) {
            throw semantic("number '" + ErrorHandler.shown(token.getText()) + "' at position "
                    + source.position(token) + " is out of range", token);
        }
    }

    /** Decodes a STRING token the lexer has already validated: quotes around, JSON escapes inside. */
    private static String unescape(String quoted) {
        int end = quoted.length() - 1;
        int backslash = quoted.indexOf('\\', 1);
        if (backslash < 0) {
            return quoted.substring(1, end);
        }
        StringBuilder out = new StringBuilder(end);
        out.append(quoted, 1, backslash);
        int i = backslash;
        while (i < end) {
            char c = quoted.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            char kind = quoted.charAt(i + 1);
            switch (kind) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(quoted, i + 2, i + 6, 16));
                    i += 4;
                }
                default -> out.append(kind);   // \" \\ \/
            }
            i += 2;
        }
        return out.toString();
    }
}
