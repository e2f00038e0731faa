package dev.scimkit.filter.internal.parser;

import dev.scimkit.core.ScimException;
import dev.scimkit.filter.AttributePath;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.FilterParseException;
import dev.scimkit.filter.PatchPath;
import dev.scimkit.filter.internal.grammar.ScimFilterLexer;
import dev.scimkit.filter.internal.grammar.ScimFilterParser;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The one entry point to the generated parser: stateless, thread-safe, one method per entry rule.
 *
 * <p>For every call it: checks the input length; lexes all tokens (the lexer cannot fail: anything
 * unknown is an {@code UNRECOGNIZED} token); checks the bracket nesting depth; parses in SLL mode
 * with a bailing error strategy and, only if that fails, again in LL mode; on failure lets
 * {@link ErrorHandler} describe the first offending token. ANTLR's console listeners are removed,
 * tokens are never inserted or deleted, and a {@link StackOverflowError} becomes a
 * {@link FilterParseException}, so nothing is ever printed and nothing but a
 * {@link FilterParseException} escapes.
 */
public final class ScimParser {

    /** The longest input accepted, in chars. */
    public static final int MAX_LENGTH = 8192;
    /** The deepest nesting of parentheses and brackets accepted. */
    public static final int MAX_NESTING = 200;

    private ScimParser() {
    }

    /**
     * @param text a filter
     * @return the filter
     * @throws FilterParseException 400 {@code invalidFilter}
     */
    public static Filter parseFilter(String text) {
        SourceText source = new SourceText(text, ScimException.INVALID_FILTER, "filter");
        return parse(source, ScimFilterParser::filter, (builder, tree) -> builder.filter((ScimFilterParser.FilterContext) tree));
    }

    /**
     * Parses a filter in lenient mode: as {@link #parseFilter(String)}, and a comparison value may
     * also be unquoted (the grammar's predicated {@code bareValue} alternative), read as a string.
     *
     * @param text a filter
     * @return the filter
     * @throws FilterParseException 400 {@code invalidFilter}
     */
    public static Filter parseLenientFilter(String text) {
        SourceText source = new SourceText(text, ScimException.INVALID_FILTER, "filter");
        return parse(source, ScimParser::lenientFilter,
                (builder, tree) -> builder.filter((ScimFilterParser.FilterContext) tree));
    }

    /** The lenient entry rule; also used by {@link ErrorHandler}'s trial parses, so they are lenient too. */
    private static ParserRuleContext lenientFilter(ScimFilterParser parser) {
        parser.setLenient(true);
        return parser.filter();
    }

    /**
     * @param text an attribute path
     * @return the path
     * @throws FilterParseException 400 {@code invalidPath}
     */
    public static AttributePath parseAttributePath(String text) {
        SourceText source = new SourceText(text, ScimException.INVALID_PATH, "attribute path");
        return parse(source, ScimFilterParser::attributePath,
                (builder, tree) -> builder.attributePath((ScimFilterParser.AttributePathContext) tree));
    }

    /**
     * @param text a PATCH path
     * @return the path
     * @throws FilterParseException 400 {@code invalidPath}
     */
    public static PatchPath parsePatchPath(String text) {
        SourceText source = new SourceText(text, ScimException.INVALID_PATH, "PATCH path");
        return parse(source, ScimFilterParser::patchPath,
                (builder, tree) -> builder.patchPath((ScimFilterParser.PatchPathContext) tree));
    }

    /**
     * @param text a comma-separated list of attribute paths
     * @return the paths
     * @throws FilterParseException 400 {@code invalidPath}
     */
    public static List<AttributePath> parseAttributeList(String text) {
        SourceText source = new SourceText(text, ScimException.INVALID_PATH, "attribute list");
        return parse(source, ScimFilterParser::attributeList,
                (builder, tree) -> builder.attributeList((ScimFilterParser.AttributeListContext) tree));
    }

    /** Builds the result from the parse tree of the entry rule. */
    private interface Build<T> {
        T apply(AstBuilder builder, ParserRuleContext tree);
    }

    private static <T> T parse(SourceText source, Function<ScimFilterParser, ParserRuleContext> entry, Build<T> build) {
        String text = source.text();
        if (text.length() > MAX_LENGTH) {
            throw new FilterParseException(source.scimType(), source.what() + " of " + text.length()
                    + " characters is longer than the limit of " + MAX_LENGTH, MAX_LENGTH, "", List.of());
        }
        try {
            ScimFilterLexer lexer = new ScimFilterLexer(CharStreams.fromString(text));
            lexer.removeErrorListeners();
            BufferedTokenStream tokens = new BufferedTokenStream(lexer);   // every token is on the default channel
            tokens.fill();
            checkNesting(source, tokens.getTokens());

            ScimFilterParser parser = new ScimFilterParser(tokens);
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            parser.setInterpreter(new LiteralPrediction(parser));
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            ParserRuleContext tree;
            try {
                tree = entry.apply(parser);
            } catch (ParseCancellationException sllFailed) {
                tokens.seek(0);
                parser.reset();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                try {
                    tree = entry.apply(parser);
                } catch (ParseCancellationException llFailed) {
                    throw ErrorHandler.describe(source, tokens.getTokens(), entry, llFailed);
                }
            }
            return build.apply(new AstBuilder(source), tree);
        } catch (StackOverflowError tooDeep) {
            throw new FilterParseException(source.scimType(), source.what()
                    + " is nested too deeply to parse", 0, "", List.of());
        }
    }

    private static void checkNesting(SourceText source, List<Token> tokens) {
        int depth = 0;
        for (Token token : tokens) {
            int type = token.getType();
            if (type == ScimFilterLexer.LPAREN || type == ScimFilterLexer.LBRACKET) {
                depth++;
                if (depth > MAX_NESTING) {
                    throw new FilterParseException(source.scimType(), source.what() + " nests brackets deeper than "
                            + MAX_NESTING + " levels at position " + source.position(token), source.position(token),
                            token.getText(), List.of());
                }
            } else if (type == ScimFilterLexer.RPAREN || type == ScimFilterLexer.RBRACKET) {
                depth--;
            }
        }
    }

    /**
     * ANTLR's prediction, with a shortcut for the two decisions of {@code compValue} that are not LL(1)
     * only because of the {@code lenient} predicate: when the next token alone decides them (a literal
     * starting the value; {@code and}, {@code or}, {@code )}, {@code ]} or the end after it), the
     * alternative is returned at once, as ANTLR would in both modes. Any other token goes to ANTLR's full
     * prediction, so errors and lenient values are predicted exactly as before.
     */
    private static final class LiteralPrediction extends ParserATNSimulator {

        /** Bits of the token types that start a literal value: alternative 1 of the value decision. */
        private static final long LITERALS = 1L << ScimFilterLexer.FALSE | 1L << ScimFilterLexer.NULL
                | 1L << ScimFilterLexer.TRUE | 1L << ScimFilterLexer.NUMBER;
        /** Bits of the token types that end a value: the exit alternative of the optional unquoted rest. */
        private static final long VALUE_ENDS = 1L << ScimFilterLexer.AND | 1L << ScimFilterLexer.OR
                | 1L << ScimFilterLexer.RPAREN | 1L << ScimFilterLexer.RBRACKET;

        LiteralPrediction(ScimFilterParser parser) {
            super(parser, parser.getATN(), parser.getInterpreter().decisionToDFA,
                    parser.getInterpreter().getSharedContextCache());
        }

        @Override
        public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
            if (outerContext.getRuleIndex() == ScimFilterParser.RULE_compValue) {
                int next = input.LA(1);
                DecisionState state = atn.getDecisionState(decision);
                if (state.getNumberOfTransitions() == 3) {          // literal | string | unquoted value
                    if (next == ScimFilterLexer.STRING) {
                        return 2;
                    }
                    if (next > 0 && next < Long.SIZE && (LITERALS & 1L << next) != 0) {
                        return 1;
                    }
                } else if (next == Token.EOF || next > 0 && next < Long.SIZE && (VALUE_ENDS & 1L << next) != 0) {
                    return 2;                                       // ( unquoted rest )? : skip it
                }
            }
            return super.adaptivePredict(input, decision, outerContext);
        }
    }
}
