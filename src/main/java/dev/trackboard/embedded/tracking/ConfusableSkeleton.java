package dev.trackboard.embedded.tracking;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.SpoofChecker;

/**
 * What a name looks like, for duplicate checks: Unicode's confusable skeleton (UTS #39, ICU's
 * SpoofChecker) of the case-folded name. "Aurora Audio", "AURORA AUDIO", "Аurora Audio" (Cyrillic А)
 * and "Aur0ra Audio" share one skeleton; zero-width characters do not count.
 */
final class ConfusableSkeleton {

    /** Immutable once built, so one instance serves every thread. */
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    private ConfusableSkeleton() {
    }

    static String of(String name) {
        // fold before (the confusable data is mostly lower case) and after (some targets are upper case)
        return UCharacter.foldCase(SPOOF.getSkeleton(UCharacter.foldCase(name, true)), true);
    }
}
