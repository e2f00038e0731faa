package dev.scimkit.filter.internal.parser;

import dev.scimkit.filter.FilterParseException;
import dev.scimkit.filter.internal.grammar.ScimFilterLexer;
import dev.scimkit.filter.internal.grammar.ScimFilterParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Turns the first syntax error of a parse into a {@link FilterParseException}: "unexpected 'x' at
 * position 12; expecting 'and', 'or', ')', &lt;EOF&gt;".
 *
 * <p>The expected set is exact: every token type is tried in place of the offending token, and a
 * type is expected if the parser then gets past that position. (ANTLR's own expected sets are
 * imprecise after loop exits, e.g. they omit {@code and}/{@code or} before a trailing token.) This
 * costs a few short re-parses and happens only for invalid input.
 */
final class ErrorHandler {

    private static final int MAX_SHOWN = 40;

    /** Token types that never appear in a valid input, so they are never "expected". */
    private static final Set<Integer> NEVER_EXPECTED = Set.of(ScimFilterLexer.WS, ScimFilterLexer.UNRECOGNIZED,
            ScimFilterLexer.BAD_STRING);

    private static final List<Integer> COMPARE_OPS = List.of(ScimFilterLexer.EQ, ScimFilterLexer.NE,
            ScimFilterLexer.CO, ScimFilterLexer.SW, ScimFilterLexer.EW, ScimFilterLexer.GT, ScimFilterLexer.GE,
            ScimFilterLexer.LT, ScimFilterLexer.LE);

    private static final List<Integer> COMP_VALUES = List.of(ScimFilterLexer.FALSE, ScimFilterLexer.NULL,
            ScimFilterLexer.TRUE, ScimFilterLexer.NUMBER, ScimFilterLexer.STRING);

    /** Token types that end an unquoted value (lenient mode). */
    private static final Set<Integer> VALUE_ENDS = Set.of(ScimFilterLexer.AND, ScimFilterLexer.OR,
            ScimFilterLexer.RPAREN, ScimFilterLexer.RBRACKET);

    /** Lenient mode: where a comparison value starts, every token but those ending one is expected. */
    private static final List<Integer> VALUE_START = allTypesExcept(VALUE_ENDS);

    /** Lenient mode: inside an unquoted value, every token but those ending it and a string is expected. */
    private static final List<Integer> VALUE_REST = VALUE_START.stream()
            .filter(type -> type != ScimFilterLexer.STRING).toList();

    /** Keywords first, then punctuation, then named token classes, then end of input. */
    private static final Comparator<String> READABLE_ORDER = Comparator.<String>comparingInt(name -> {
        if (name.equals("<EOF>")) {
            return 3;
        }
        if (name.startsWith("<")) {
            return 2;
        }
        return Character.isLetter(name.charAt(1)) ? 0 : 1;
    }).thenComparing(Comparator.naturalOrder());

    private ErrorHandler() {
    }

    static FilterParseException describe(SourceText source, List<Token> tokens,
                                         Function<ScimFilterParser, ParserRuleContext> entry,
                                         ParseCancellationException failure) {
        Token offending = offendingToken(failure, tokens);
        List<String> expected = expectedAt(tokens, offending.getTokenIndex(), entry);
        int position = source.position(offending);
        if (offending.getType() == ScimFilterLexer.BAD_STRING) {
            return badString(source, offending, position, expected);
        }
        String found = offending.getType() == Token.EOF ? "end of input" : "'" + shown(offending.getText()) + "'";
        StringBuilder detail = new StringBuilder("unexpected ").append(found).append(" at position ").append(position);
        if (!expected.isEmpty()) {
            detail.append("; expecting ").append(String.join(", ", expected));
        }
        String offendingText = offending.getType() == Token.EOF ? "" : offending.getText();
        return new FilterParseException(source.scimType(), detail.toString(), position, offendingText, expected);
    }

    private static Token offendingToken(ParseCancellationException failure, List<Token> tokens) {
        if (failure.getCause() instanceof RecognitionException recognition
                && recognition.getOffendingToken() != null) {
            return recognition.getOffendingToken();
        }
        return tokens.get(tokens.size() - 1);   // EOF: the parse could not end
    }

    /** Tries every token type at {@code index} and keeps those the parser gets past. */
    static List<String> expectedAt(List<Token> tokens, int index,
                                   Function<ScimFilterParser, ParserRuleContext> entry) {
        Set<Integer> accepted = new TreeSet<>();
        int maxType = ScimFilterLexer.VOCABULARY.getMaxTokenType();
        for (int type = Token.EOF; type <= maxType; type++) {
            if (type == 0 || NEVER_EXPECTED.contains(type)) {
                continue;
            }
            if (acceptsAt(tokens, index, type, entry)) {
                accepted.add(type);
            }
        }
        return readable(accepted);
    }

    private static boolean acceptsAt(List<Token> tokens, int index, int type,
                                     Function<ScimFilterParser, ParserRuleContext> entry) {
        List<Token> trial = new ArrayList<>(index + 2);
        for (int i = 0; i < index; i++) {
            trial.add(new CommonToken(tokens.get(i)));
        }
        trial.add(new CommonToken(type, type == Token.EOF ? "<EOF>" : "x"));
        if (type != Token.EOF) {
            trial.add(new CommonToken(Token.EOF, "<EOF>"));
        }
        ScimFilterParser parser = new ScimFilterParser(new CommonTokenStream(new ListTokenSource(trial)));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        try {
            entry.apply(parser);
            return true;
        } catch (ParseCancellationException failed) {
            return failed.getCause() instanceof RecognitionException recognition
                    && recognition.getOffendingToken() != null
                    && recognition.getOffendingToken().getTokenIndex() > index;
        }
    }

    private static List<String> readable(Set<Integer> types) {
        Set<String> names = new TreeSet<>(READABLE_ORDER);
        Set<Integer> rest = new TreeSet<>(types);
        if (types.containsAll(VALUE_START)) {   // never in strict mode: no strict position takes all of these
            names.add("<compValue>");
            rest.removeAll(VALUE_START);
        } else if (types.containsAll(VALUE_REST)) {
            names.add("<unquoted value>");
            rest.removeAll(VALUE_REST);
        }
        if (rest.containsAll(COMPARE_OPS)) {
            names.add("<compareOp>");
            rest.removeAll(COMPARE_OPS);
        }
        if (rest.containsAll(COMP_VALUES)) {
            names.add("<compValue>");
            rest.removeAll(COMP_VALUES);
        }
        for (int type : rest) {
            names.add(name(type));
        }
        return List.copyOf(names);
    }

    private static List<Integer> allTypesExcept(Set<Integer> excluded) {
        List<Integer> types = new ArrayList<>();
        for (int type = 1; type <= ScimFilterLexer.VOCABULARY.getMaxTokenType(); type++) {
            if (!excluded.contains(type) && !NEVER_EXPECTED.contains(type)) {
                types.add(type);
            }
        }
        return List.copyOf(types);
    }

    private static String name(int type) {
        return switch (type) {
            case Token.EOF -> "<EOF>";
            case ScimFilterLexer.ATTRPATH -> "<attrPath>";
            case ScimFilterLexer.SUBATTR -> "<.subAttr>";
            case ScimFilterLexer.NUMBER -> "<number>";
            case ScimFilterLexer.STRING -> "<string>";
            default -> ScimFilterLexer.VOCABULARY.getLiteralName(type);
        };
    }

    private static FilterParseException badString(SourceText source, Token token, int position,
                                                  List<String> expected) {
        String text = token.getText();
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) != '\\') {
                continue;
            }
            int end = validEscapeEnd(text, i);
            if (end < 0) {
                int at = position + i;
                String input = source.text();
                int escapeLength = at + 1 < input.length() && input.charAt(at + 1) == 'u' ? 6 : 2;
                String escape = input.substring(at, Math.min(input.length(), at + escapeLength));
                return new FilterParseException(source.scimType(), "invalid escape '" + shown(escape)
                        + "' at position " + at + " in a string; expecting one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
                        + "\\uXXXX", at, escape, List.of());
            }
            i = end - 1;
        }
        int after = position + text.length();
        if (after >= source.text().length()) {
            return new FilterParseException(source.scimType(), "unterminated string starting at position "
                    + position + "; expecting a closing '\"' before the end of input", position, text, List.of());
        }
        char control = source.text().charAt(after);
        return new FilterParseException(source.scimType(), "unescaped control character U+"
                + String.format("%04X", (int) control) + " at position " + after
                + " in a string; escape it, e.g. \\u" + String.format("%04X", (int) control), after,
                String.valueOf(control), List.of());
    }

    /** @return the index after a valid escape starting at {@code i}, or -1 if it is invalid */
    private static int validEscapeEnd(String text, int i) {
        if (i + 1 >= text.length()) {
            return -1;
        }
        char kind = text.charAt(i + 1);
        if ("\"\\/bfnrt".indexOf(kind) >= 0) {
            return i + 2;
        }
        if (kind != 'u' || i + 6 > text.length()) {
            return -1;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return -1;
            }
        }
        return i + 6;
    }

    /**
     * @param text offending input
     * @return it shortened to {@value #MAX_SHOWN} chars, with control characters as {@code \}{@code uXXXX}
     */
    static String shown(String text) {
        String cut = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
        StringBuilder out = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
