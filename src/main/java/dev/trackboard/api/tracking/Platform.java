package dev.trackboard.api.tracking;

/** The social platforms the bot follows (the API's fixed set). */
public enum Platform {
    X, INSTAGRAM, TIKTOK, YOUTUBE, TWITCH, BLUESKY
}
