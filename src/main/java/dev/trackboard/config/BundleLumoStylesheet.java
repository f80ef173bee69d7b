package dev.trackboard.config;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.theme.lumo.Lumo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * Points the page's {@code lumo/lumo.css} link at the content of the copy the production build cut to
 * the bundle's components (src/build/purge-lumo.mjs, docs/decisions/0081), which
 * {@link PrecompressedFilesFilter} serves under the same path to requests that carry that hash.
 *
 * <p>Vaadin's cache-busting parameter {@code ?v-c=} is the hash of the Lumo jar's file, which stays the
 * same when only the set of components changes; the link would then be kept for good with the old
 * cut. So the parameter is replaced by the hash of the cut. Without a cut (dev mode, tests) the page is
 * left alone and Vaadin serves the whole file.
 */
@Component
class BundleLumoStylesheet implements VaadinServiceInitListener {

    static final String CUT = PrecompressedFilesFilter.LOCATION + "/" + Lumo.STYLESHEET;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!event.getSource().getDeploymentConfiguration().isProductionMode()) {
            return;
        }
        contentHash(BundleLumoStylesheet.class.getClassLoader()).ifPresent(hash ->
                event.addIndexHtmlRequestListener(response -> pointAtCut(response.getDocument(), hash)));
    }

    /** Replaces the hash parameter of every link to Lumo's stylesheet. */
    static void pointAtCut(Document page, String hash) {
        page.select("link[href]").forEach(link -> {
            String href = link.attr("href");
            int query = href.indexOf('?');
            String path = query < 0 ? href : href.substring(0, query);
            if (path.equals(Lumo.STYLESHEET) || path.endsWith("/" + Lumo.STYLESHEET)) {
                link.attr("href", path + "?v-c=" + hash);
            }
        });
    }

    static Optional<String> contentHash(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(CUT)) {
            return in == null ? Optional.empty() : Optional.of(PrecompressedFilesFilter.contentHash(in.readAllBytes()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
