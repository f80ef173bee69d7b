package dev.trackboard.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.DataNode;
import org.springframework.stereotype.Component;

/**
 * With {@code vaadin.eager-server-load=true} the first page embeds the initial UI state (UIDL) as
 * JSON inside an inline {@code <script>}. Vaadin 25.2.5 writes that JSON as is, so user text that
 * contains {@code </script>} (a tracked post, say) ends the script element early and the rest of
 * the JSON is parsed as HTML: an {@code <img onerror>} in a brand name then runs (found by
 * PostsGridBrowserIT). Escaping {@code </} as {@code <\/} and {@code <!--} as {@code <\!--} inside
 * inline scripts keeps the same JavaScript values (both are plain characters in JS strings, and
 * these sequences can only occur inside strings in JSON) while the HTML parser sees no end tag.
 */
@Component
class BootstrapScriptEscaper implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().select("script").forEach(script ->
                script.dataNodes().forEach(BootstrapScriptEscaper::escape)));
    }

    static void escape(DataNode node) {
        String data = node.getWholeData();
        if (data.contains("</") || data.contains("<!--")) {
            node.setWholeData(data.replace("</", "<\\/").replace("<!--", "<\\!--"));
        }
    }
}
