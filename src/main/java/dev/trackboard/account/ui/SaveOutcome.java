package dev.trackboard.account.ui;

import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.preferences.Preferences;
import java.io.Serializable;

/**
 * How a change ends for whoever made it (the account form, the user menu), told in the tab's
 * access. A success needs no word: the tab already shows what was saved. A change superseded by a
 * later one before it was sent hears nothing; the later one's outcome stands for both.
 */
interface SaveOutcome extends Serializable {

    /** Not saved; the tab shows {@code kept} again, what the API is known to hold. */
    void refused(TrackingApiException failure, Preferences kept);

    /**
     * The answer was lost: it may or may not be saved. The preferences are read again by themselves;
     * {@code kept} is what the API was known to hold before.
     */
    default void unconfirmed(Preferences kept) {
    }

    /** What the API holds, read again after {@link #unconfirmed}; the tab shows it. */
    default void reread(Preferences current) {
    }
}
