package dev.trackboard.api.tracking;

import java.util.List;

/** What an administrator enters for a brand; the API checks it (unique name, keywords, colour like #1abc9c). */
public record BrandDraft(String name, List<String> keywords, String color) {
}
