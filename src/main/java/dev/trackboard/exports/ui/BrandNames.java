package dev.trackboard.exports.ui;

import dev.trackboard.api.tracking.TrackedBrand;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Today's names of a guild's brands by id, so that an export's brand filter reads "Brand: Acme Energy"
 * rather than a number. Loaded, an id that is not here is a brand deleted since; {@link #UNKNOWN} when
 * the API did not give them (the id is shown, with a word saying the name is not available).
 */
public record BrandNames(Map<String, String> byId, boolean loaded) {

    public static final BrandNames UNKNOWN = new BrandNames(Map.of(), false);

    public BrandNames {
        byId = Map.copyOf(byId);
    }

    public static BrandNames of(Map<String, String> byId) {
        return new BrandNames(byId, true);
    }

    public static BrandNames of(List<TrackedBrand> brands) {
        return of(brands.stream().collect(Collectors.toMap(brand -> Long.toString(brand.id()), TrackedBrand::name,
                (a, b) -> a)));
    }
}
