package dev.trackboard.embedded.tracking;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/** The checked filters of the accounts list (null = not applied). */
record AccountFilter(Platform platform, Long brandId, String status, String text) {
    static AccountFilter parse(String platform, String brandId, String status, String q) {
        FieldCheck check = new FieldCheck();
        Platform parsedPlatform = null;
        if (platform != null && !platform.isBlank()) {
            parsedPlatform = Platform.parse(platform).orElse(null);
            if (parsedPlatform == null) {
                check.fail("platform", "unknown platform");
            }
        }
        Long brand = null;
        if (brandId != null && !brandId.isBlank()) {
            try {
                brand = Long.parseLong(brandId);
            } catch (NumberFormatException e) {
                check.fail("brandId", "must be a brand id");
            }
        }
        String parsedStatus = null;
        if (status != null && !status.isBlank()) {
            parsedStatus = status.toUpperCase(Locale.ROOT);
            if (!parsedStatus.equals("ACTIVE") && !parsedStatus.equals("PAUSED")) {
                check.fail("status", "must be ACTIVE or PAUSED");
            }
        }
        if (q != null && q.length() > 200) {
            check.fail("q", "must be at most 200 characters");
        }
        check.throwIfFailed();
        // names are stored as NFC (NameText), so the search is too
        String text = q == null || q.isBlank() ? null : Normalizer2.getNFCInstance().normalize(q.strip());
        return new AccountFilter(parsedPlatform, brand, parsedStatus, text);
    }
}
