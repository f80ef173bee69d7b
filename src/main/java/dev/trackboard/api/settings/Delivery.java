package dev.trackboard.api.settings;

/** How notifications go out: one per post, or collected into an hourly or a daily digest. */
public enum Delivery {
    INSTANT, HOURLY_DIGEST, DAILY_DIGEST
}
