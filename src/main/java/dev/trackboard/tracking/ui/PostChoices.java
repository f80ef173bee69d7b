package dev.trackboard.tracking.ui;

import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.api.tracking.TrackedBrand;
import java.util.List;

/**
 * What the posts filters offer: the guild's brands, the account the link names (null for none, an
 * unknown one or another guild's), and the guild's accounts to search by handle.
 */
record PostChoices(List<TrackedBrand> brands, TrackedAccount account, AccountComboBox.Suggestions accounts) {
}
