package dev.scimkit.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Value generators shared by the arbitraries: names, words, e-mail parts, phone numbers. */
final class Generators {

    private Generators() {
    }

    /**
     * @param unicode whether to use letters beyond ASCII (Latin-1 and Latin Extended-A, Greek, Cyrillic, CJK)
     * @param maxLength the longest name
     * @return names of 1 to {@code maxLength} letters, shrinking towards {@code "a"}
     */
    static Arbitrary<String> names(boolean unicode, int maxLength) {
        var letters = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z');
        if (unicode) {
            letters = letters.withCharRange('\u00C0', '\u00D6').withCharRange('\u00D8', '\u00F6')
                    .withCharRange('\u0100', '\u017F')
                    // Greek capitals without U+03A2, which Unicode leaves unassigned
                    .withCharRange('\u0391', '\u03A1').withCharRange('\u03A3', '\u03A9')
                    .withCharRange('\u0410', '\u044F').withCharRange('\u4E00', '\u4E2F');
        }
        return letters.ofMinLength(1).ofMaxLength(maxLength);
    }

    /** @return lower-case ASCII words of 1 to 10 letters and digits, for the local part of e-mail addresses */
    static Arbitrary<String> localParts() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(10);
    }

    /** @return phone numbers in E.164 form: {@code +} then 8 to 12 digits, first digit not 0 */
    static Arbitrary<String> phoneNumbers() {
        return Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(11)
                .flatMap(rest -> Arbitraries.integers().between(1, 9).map(first -> "+" + first + rest));
    }

    /** @return identifiers of 6 to 16 ASCII letters and digits */
    static Arbitrary<String> identifiers() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(6).ofMaxLength(16);
    }
}
