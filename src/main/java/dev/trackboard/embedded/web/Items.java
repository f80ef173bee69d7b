package dev.trackboard.embedded.web;

import java.util.List;

/** The {@code {"items": [...]}} envelope every list endpoint of the API answers with. */
public record Items<T>(List<T> items) {
}
