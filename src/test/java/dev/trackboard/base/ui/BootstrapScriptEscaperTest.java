package dev.trackboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BootstrapScriptEscaperTest {

    @Test
    void userTextInTheInitialStateCannotCloseTheScriptElement() {
        DataNode node = new DataNode("window.x = {\"text\":\"<script>alert(1)</script><img src=x onerror=alert(2)><!--\"};");
        BootstrapScriptEscaper.escape(node);
        Document page = Jsoup.parse("<html><body><script>" + node.getWholeData() + "</script></body></html>");

        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("img")).isEmpty();
        assertThat(node.getWholeData()).contains("<\\/script>").doesNotContain("</").doesNotContain("<!--");
    }
}
