/*
 * SCIM filters, attribute paths, PATCH paths and attribute lists: RFC 7644 §3.4.2.2 (filter ABNF),
 * §3.5.2 (PATCH path) and §3.4.2.5 / §3.4.2.3 (attributes, excludedAttributes, sortBy).
 *
 * This grammar is the single source of truth for SCIM expression syntax in scimkit. Every
 * decision is LL(1), so the first token that cannot continue a valid input is where the error is
 * reported (see dev.scimkit.filter.internal.parser.ErrorHandler). Labelled alternatives (#name) get one
 * visitor method each in the AST builder.
 *
 * An attribute path is ONE token (ATTRPATH): an optional schema URN prefix, a name and an optional
 * sub-attribute, without inner whitespace. The AST builder splits it at the last ':' and at '.'.
 */
grammar ScimFilter;

options { caseInsensitive = true; }

@parser::members {
/** Lenient mode (Filter.parseLenient): comparison values may be unquoted. Off by default. */
private boolean lenient;

/**
 * Turns lenient mode on or off: only then is the {@code bareValue} alternative of {@code compValue} viable.
 *
 * @param lenient whether unquoted comparison values are accepted
 */
public void setLenient(boolean lenient) {
    this.lenient = lenient;
}
}

// ---------------------------------------------------------------------------------------------
// Entry rules: one per public parse method, each anchored at EOF.

/** Filter.parse: a whole filter. */
filter
    : expression EOF
    ;

/** AttributePath.parse: one attribute path. */
attributePath
    : ATTRPATH EOF
    ;

/** PatchPath.parse: attrPath, or valuePath with an optional sub-attribute (RFC 7644 §3.5.2). */
patchPath
    : ATTRPATH (LBRACKET expression RBRACKET SUBATTR?)? EOF
    ;

/** AttributePath.parseList: attributes=, excludedAttributes=, sortBy (comma separated). */
attributeList
    : ATTRPATH (COMMA ATTRPATH)* EOF
    ;

// ---------------------------------------------------------------------------------------------
// Filter expressions: 'or' of 'and's of primaries, so 'and' binds tighter than 'or'. Written as
// loops rather than left recursion: every decision is one token of lookahead (no adaptive
// prediction, no precedence predicates) and long chains build flat lists, not deep trees. The AST
// builder folds each list to the left.

expression
    : terms+=conjunction (OR terms+=conjunction)*
    ;

conjunction
    : factors+=primary (AND factors+=primary)*
    ;

primary
    : NOT LPAREN expression RPAREN              #not
    | LPAREN expression RPAREN                  #group
    | ATTRPATH predicate                        #attributeExpression
    ;

/** What follows an attribute path: presence, a comparison, or a value filter in brackets. */
predicate
    : PR                                        #present
    | compareOp compValue                       #comparison
    | LBRACKET expression RBRACKET              #valueFilter
    ;

compareOp
    : EQ | NE | CO | SW | EW | GT | GE | LT | LE
    ;

/**
 * A literal: one token, whose type the AST builder reads directly. In lenient mode only, a value
 * may also be unquoted (Zoom's documented 'userName eq {userEmail}'): any tokens up to the next
 * 'and', 'or', ')', ']' or the end, whose raw text (trimmed) becomes a string value. A literal
 * followed by more such tokens ('true@example.com', '123@example.com') is unquoted too.
 *
 * Strict parsing is unchanged: the first tokens of the three alternatives are disjoint, and so are
 * those of a bareValue and of what follows a compValue, so every decision is still made on one
 * token; a predicated alternative is only ever the sole candidate, and when its predicate fails
 * the error is reported at that same token, with the same expected set as before.
 */
compValue
    : (FALSE | NULL | TRUE | NUMBER) ({lenient}? bareValue)?
    | STRING
    | {lenient}? bareStart bareValue?
    ;

/** The first token of an unquoted value that does not begin with a literal. */
bareStart
    : ~(FALSE | NULL | TRUE | NUMBER | STRING | BAD_STRING | AND | OR | RPAREN | RBRACKET)
    ;

/** The rest of an unquoted value: never a quote (a value with quotes in it must be quoted). */
bareValue
    : ~(AND | OR | RPAREN | RBRACKET | STRING | BAD_STRING)+
    ;

// ---------------------------------------------------------------------------------------------
// Lexer. Keywords first (alphabetical), so a bare keyword is never an ATTRPATH; longer words that
// merely begin with one ('primaryEmail', 'orgId', 'notes') are ATTRPATHs by longest match.

AND   : 'and';
CO    : 'co';
EQ    : 'eq';
EW    : 'ew';
FALSE : 'false';
GE    : 'ge';
GT    : 'gt';
LE    : 'le';
LT    : 'lt';
NE    : 'ne';
NOT   : 'not';
NULL  : 'null';
OR    : 'or';
PR    : 'pr';
SW    : 'sw';
TRUE  : 'true';

LPAREN   : '(';
RPAREN   : ')';
LBRACKET : '[';
RBRACKET : ']';
COMMA    : ',';

/** [urn ':'] name ['.' subName], e.g. urn:ietf:params:scim:schemas:core:2.0:User:name.familyName */
ATTRPATH
    : URN_PREFIX? NAME ('.' NAME)?
    ;

/** '.' subName after a value filter in a PATCH path: emails[type eq "work"].value */
SUBATTR
    : '.' NAME
    ;

/** A JSON number: optional minus, no leading zeros, optional fraction and exponent. */
NUMBER
    : '-'? ('0' | [1-9] [0-9]*) ('.' [0-9]+)? ('e' [+\-]? [0-9]+)?
    ;

/** A JSON string: escapes are case-sensitive (\n, \uXXXX), control characters must be escaped. */
STRING
    options { caseInsensitive = false; }
    : '"' (ESCAPE | ~["\\\u0000-\u001F])* '"'
    ;

/**
 * A string that is not closed or holds a bad escape; it only wins when STRING cannot match, so
 * the parser reports it as one token with a precise message instead of a stray quote.
 */
BAD_STRING
    options { caseInsensitive = false; }
    : '"' (ESCAPE | ~["\\\u0000-\u001F])* ('\\' ~["\\/bfnrtu]? | '\\u' [0-9a-fA-F]? [0-9a-fA-F]? [0-9a-fA-F]?)?
    ;

WS
    : [ \t\r\n]+ -> skip
    ;

/** Anything else is one unrecognized character: the lexer never fails; the parser reports it. */
UNRECOGNIZED
    : .
    ;

fragment ESCAPE
    options { caseInsensitive = false; }
    : '\\' (["\\/bfnrt] | 'u' [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F])
    ;

fragment NAME
    : [a-z] [a-z0-9_\-]*
    | '$ref'
    ;

fragment URN_PREFIX
    : 'urn:' URN_SEGMENT (':' URN_SEGMENT)* ':'
    ;

fragment URN_SEGMENT
    : [a-z0-9._\-+%]+
    ;
