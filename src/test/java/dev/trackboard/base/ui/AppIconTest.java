package dev.trackboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AppIconTest {

    @Test
    void everyIconHasItsSymbolInTheSprite() throws IOException {
        String sprite;
        try (InputStream in = getClass().getResourceAsStream("/static/" + AppIcon.SPRITE)) {
            sprite = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (AppIcon icon : AppIcon.values()) {
            assertThat(sprite).as(icon.name()).contains("<symbol id=\"" + icon.symbol() + "\"");
        }
    }

    @Test
    void anIconPointsAtItsSymbol() {
        var trash = AppIcon.TRASH.create();
        assertThat(trash.getSrc()).isEqualTo(AppIcon.SPRITE);
        assertThat(trash.getSymbol()).isEqualTo("trash");
    }
}
