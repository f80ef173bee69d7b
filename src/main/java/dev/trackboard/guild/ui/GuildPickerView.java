package dev.trackboard.guild.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trackboard.api.guild.GuildSummary;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.EmptyState;
import dev.trackboard.base.ui.LoadedSection;
import dev.trackboard.guild.GuildService;
import dev.trackboard.status.BotStatusService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/** The start page: every guild of the user, openable ones first, the others with the reason why not. */
@Route("")
@PermitAll
public class GuildPickerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final BotStatusService botStatus;
    private final TextField search = new TextField();
    private final Div notice = new Div();
    private final Div cards = new Div();
    private final LoadedSection<List<GuildSummary>> list;
    private List<GuildSummary> all = List.of();
    private boolean refreshing;

    public GuildPickerView(GuildService guilds, BotStatusService botStatus, Background background) {
        this.botStatus = botStatus;
        addClassName("tb-page");
        setId("guild-picker");
        H1 title = new H1(getTranslation("picker.title"));
        Paragraph subtitle = new Paragraph(getTranslation("picker.subtitle"));
        subtitle.addClassName("tb-page-subtitle");
        cards.addClassName("tb-guild-grid");
        notice.addClassName("tb-picker-notice");
        Div body = new Div(notice, cards);
        list = new LoadedSection<>(background, guilds::guilds, loaded -> {
            all = loaded;
            render();
            if (refreshing) {
                refreshing = false;
                Notification.show(getTranslation("picker.refreshed"), 2000, Notification.Position.BOTTOM_END);
            }
            return body;
        });
        list.setId("guild-list");
        add(title, subtitle, toolbar(), list);
    }

    /** Loads in the background once shown; coming back to the picker loads the list again. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.reload();
    }

    private Div toolbar() {
        search.setId("guild-search");
        search.setPlaceholder(getTranslation("picker.search"));
        search.setAriaLabel(getTranslation("picker.search"));
        search.setPrefixComponent(AppIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> render());
        Button refresh = new Button(getTranslation("picker.refresh"), AppIcon.REFRESH.create(), click -> {
            refreshing = true;
            list.reload();
        });
        refresh.setId("guild-refresh");
        Div toolbar = new Div(search, refresh);
        toolbar.addClassName("tb-toolbar");
        return toolbar;
    }

    private void render() {
        notice.removeAll();
        cards.removeAll();
        if (all.isEmpty()) {
            notice.add(new EmptyState(AppIcon.USERS, getTranslation("picker.empty.title"),
                    getTranslation("picker.empty.text")));
            return;
        }
        if (all.stream().noneMatch(GuildSummary::openable)) {
            EmptyState none = new EmptyState(AppIcon.LOCK, getTranslation("picker.none.title"),
                    getTranslation("picker.none.text"));
            none.setId("no-openable-guilds");
            notice.add(none);
        }
        String query = search.getValue().trim().toLowerCase(Locale.ROOT);
        List<GuildSummary> shown = all.stream()
                .filter(guild -> query.isEmpty() || guild.name().toLowerCase(Locale.ROOT).contains(query))
                .toList();
        if (shown.isEmpty()) {
            Paragraph noMatch = new Paragraph(getTranslation("picker.noMatch", search.getValue().trim()));
            noMatch.addClassName("tb-no-match");
            cards.add(noMatch);
        }
        shown.forEach(guild -> cards.add(GuildCard.of(guild, this, botStatus)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.pageTitle", getTranslation("nav.guilds"));
    }
}
