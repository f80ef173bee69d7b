package dev.trackboard.guild.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.trackboard.access.GuildAccessService;
import org.springframework.stereotype.Component;

/** Gives every UI (browser tab) its {@link AccessLossGuard}. */
@Component
class AccessLossGuards implements VaadinServiceInitListener {

    private final GuildAccessService access;

    AccessLossGuards(GuildAccessService access) {
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> AccessLossGuard.install(init.getUI(), access));
    }
}
