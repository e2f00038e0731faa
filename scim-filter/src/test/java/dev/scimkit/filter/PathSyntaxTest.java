package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.filter.internal.grammar.ScimFilterLexer;
import dev.scimkit.filter.internal.parser.PathSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The character checks behind AttributePath agree with the generated lexer. */
class PathSyntaxTest {

    @Test
    void isKeyword_coversEveryKeywordOfTheGrammar() {
        List<String> keywords = new ArrayList<>();
        for (int type = 1; type <= ScimFilterLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = ScimFilterLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && Character.isLetter(literal.charAt(1))) {
                keywords.add(literal.substring(1, literal.length() - 1));
            }
        }
        assertThat(keywords).hasSize(16);
        for (String keyword : keywords) {
            assertThat(PathSyntax.isKeyword(keyword)).as(keyword).isTrue();
            assertThat(PathSyntax.isKeyword(keyword.toUpperCase(Locale.ROOT))).as(keyword).isTrue();
            assertThat(PathSyntax.isKeyword(keyword + "x")).as(keyword).isFalse();
        }
    }

    @Test
    void isName_andIsUrn_matchTheLexerFragments() {
        assertThat(PathSyntax.isName("userName")).isTrue();
        assertThat(PathSyntax.isName("$REF")).isTrue();
        assertThat(PathSyntax.isName("a-1_b")).isTrue();
        assertThat(PathSyntax.isName("1a")).isFalse();
        assertThat(PathSyntax.isName("$refs")).isFalse();
        assertThat(PathSyntax.isUrn("urn:ietf:params:scim:schemas:core:2.0:User")).isTrue();
        assertThat(PathSyntax.isUrn("URN:a")).isTrue();
        assertThat(PathSyntax.isUrn("urn:a:")).isFalse();
        assertThat(PathSyntax.isUrn("urn:a b")).isFalse();
        assertThat(PathSyntax.isUrn("urx:a")).isFalse();
    }
}
