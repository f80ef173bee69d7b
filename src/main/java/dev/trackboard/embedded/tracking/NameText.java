package dev.trackboard.embedded.tracking;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * The one rule for every name people give things here (brand names, account display names,
 * keywords), decision 0035: characters that change lines or are no text at all are refused;
 * invisible formatting characters are removed; the rest is NFC with single spaces. A name must keep
 * at least one visible character.
 */
final class NameText {

    /** The cleaned name, or why the input was refused (exactly one of the two is null). */
    record Cleaned(String value, String problem) {
        static Cleaned refused(String problem) {
            return new Cleaned(null, problem);
        }
    }

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;
    private static final int BRAILLE_BLANK = 0x2800;

    private NameText() {
    }

    static Cleaned clean(String raw, int max) {
        if (raw == null || raw.isEmpty()) {
            return Cleaned.refused("is required");
        }
        if (raw.length() > max * 16) {
            // far past any limit: refuse before doing work proportional to it
            return Cleaned.refused("must be at most " + max + " characters");
        }
        String refused = refusedCharacter(raw);
        if (refused != null) {
            return Cleaned.refused(refused);
        }
        String name = collapseWhitespace(NFC.normalize(withoutInvisible(raw)));
        if (name.codePoints().noneMatch(NameText::visible)) {
            return Cleaned.refused(raw.isBlank() ? "is required"
                    : "must contain a visible character (invisible and formatting characters do not count)");
        }
        if (name.codePointCount(0, name.length()) > max) {
            return Cleaned.refused("must be at most " + max + " characters");
        }
        return new Cleaned(name, null);
    }

    /** Line breaks and controls (incl. DEL and U+0085), unpaired surrogates and noncharacters. */
    private static String refusedCharacter(String raw) {
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            int type = UCharacter.getType(cp);
            if (type == UCharacterCategory.SURROGATE || UCharacter.hasBinaryProperty(cp, UProperty.NONCHARACTER_CODE_POINT)) {
                return "must be valid Unicode text (found " + codePoint(cp) + ")";
            }
            if (type == UCharacterCategory.CONTROL || type == UCharacterCategory.LINE_SEPARATOR
                    || type == UCharacterCategory.PARAGRAPH_SEPARATOR) {
                return "must be one line without control characters (found " + codePoint(cp) + ")";
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /**
     * Drops default-ignorable code points (zero-width characters, bidi controls, BOM, soft hyphen,
     * tags, fillers). Kept: variation selectors (emoji presentation) and a joiner between two
     * non-ASCII visible characters, as in emoji ZWJ sequences and in Persian or Indic words.
     */
    private static String withoutInvisible(String raw) {
        int[] cps = raw.codePoints().toArray();
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean invisible = UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                    && !UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR);
            boolean joiner = cp == ZWJ || cp == ZWNJ;
            if (!invisible || joiner && i > 0 && i < cps.length - 1 && joins(cps[i - 1]) && joins(cps[i + 1])) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean joins(int cp) {
        return cp > 0x7F && !UCharacter.isUWhiteSpace(cp)
                && (!UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                    || UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR));
    }

    /** Any run of Unicode white space (incl. no-break and ideographic spaces) becomes one space; none at the ends. */
    private static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.isUWhiteSpace(cp)) {
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** A letter, digit, punctuation or symbol that shows as something (the blank Braille pattern does not). */
    private static boolean visible(int cp) {
        int type = UCharacter.getType(cp);
        boolean shown = switch (type) {
            case UCharacterCategory.UPPERCASE_LETTER, UCharacterCategory.LOWERCASE_LETTER,
                 UCharacterCategory.TITLECASE_LETTER, UCharacterCategory.MODIFIER_LETTER,
                 UCharacterCategory.OTHER_LETTER, UCharacterCategory.DECIMAL_DIGIT_NUMBER,
                 UCharacterCategory.LETTER_NUMBER, UCharacterCategory.OTHER_NUMBER,
                 UCharacterCategory.CONNECTOR_PUNCTUATION, UCharacterCategory.DASH_PUNCTUATION,
                 UCharacterCategory.START_PUNCTUATION, UCharacterCategory.END_PUNCTUATION,
                 UCharacterCategory.INITIAL_PUNCTUATION, UCharacterCategory.FINAL_PUNCTUATION,
                 UCharacterCategory.OTHER_PUNCTUATION, UCharacterCategory.MATH_SYMBOL,
                 UCharacterCategory.CURRENCY_SYMBOL, UCharacterCategory.MODIFIER_SYMBOL,
                 UCharacterCategory.OTHER_SYMBOL, UCharacterCategory.PRIVATE_USE -> true;
            default -> false;
        };
        return shown && cp != BRAILLE_BLANK;
    }

    private static String codePoint(int cp) {
        return String.format("U+%04X", cp);
    }
}
