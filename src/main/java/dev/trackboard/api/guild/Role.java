package dev.trackboard.api.guild;

import java.io.Serializable;

/** A guild role. {@code color} is RGB; 0 means none. */
public record Role(String id, String name, int color, int position, boolean managed) implements Serializable {
}
