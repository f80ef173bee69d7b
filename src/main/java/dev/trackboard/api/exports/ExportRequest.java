package dev.trackboard.api.exports;

import java.io.Serializable;
import java.util.Map;

/**
 * An export to make. {@code filters} are the list endpoint's query parameters (for posts e.g.
 * {@code platform}, {@code from}, {@code q}, {@code sort}, {@code direction}), so a screen passes
 * exactly the filters it shows; {@code bom} only with CSV.
 */
public record ExportRequest(ExportType type, ExportFormat format, boolean bom, Map<String, String> filters)
        implements Serializable {

    public ExportRequest {
        filters = Map.copyOf(filters);
    }
}
