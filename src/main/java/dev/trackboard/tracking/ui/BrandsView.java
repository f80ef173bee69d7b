package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.exports.ExportType;
import dev.trackboard.api.guild.GuildDetail;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.base.ui.UserAction;
import dev.trackboard.base.ui.grid.FilterBar;
import dev.trackboard.base.ui.grid.GridSorting;
import dev.trackboard.base.ui.grid.LazyGridScreen;
import dev.trackboard.base.ui.grid.ScreenFilter;
import dev.trackboard.base.ui.grid.ScreenTexts;
import dev.trackboard.exports.ExportService;
import dev.trackboard.exports.ui.BrandNames;
import dev.trackboard.exports.ui.ExportTheseRows;
import dev.trackboard.guild.ui.CurrentGuild;
import dev.trackboard.guild.ui.GuildLayout;
import dev.trackboard.tracking.TrackingService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/** Brands with their keywords, colour and counts; add, edit, delete (asking first). Sort in the URL. */
@Route(value = "tracking/brands", layout = GuildLayout.class)
@PermitAll
public class BrandsView extends Div implements BeforeEnterObserver, PageSection {

    private final TrackingService tracking;
    private final Background background;
    private final LazyGridScreen<TrackedBrand, ScreenFilter.None, BrandSort, List<TrackedBrand>> screen;
    private GuildId guildId;

    public BrandsView(TrackingService tracking, Background background, ExportService exports) {
        this.tracking = tracking;
        this.background = background;
        setId("brands");
        BrandGrid grid = new BrandGrid(this::edit, this::confirmDelete);
        screen = new LazyGridScreen<>(background, new ScreenTexts(getTranslation("tracking.brands.title"),
                getTranslation("tracking.brands.empty"), rows -> getTranslation("tracking.brands.count", rows.total()),
                "brand-count", "brands-load-failed"),
                new GridSorting<>(grid, BrandSort.class, BrandRows.DEFAULT_SORT, BrandGrid.SORT_KEYS),
                TrackedBrand::id, FilterBar.none(), ScreenFilter.None.URL);
        screen.addPrimaryAction("add-brand", getTranslation("tracking.brands.add"), () -> edit(null));
        // brands have no filters, and the API no sort for them (the screen sorts its one list): the whole list
        ExportTheseRows.counted(screen, exports, background, () -> guildId, ExportType.BRANDS,
                () -> screen.currentFilter() == null ? null : Map.of(), () -> BrandNames.of(screen.currentChoices()));
        add(screen);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentGuild.of(event).map(GuildDetail::id).ifPresent(guild -> {
            guildId = guild;
            screen.open(event.getLocation(), new BrandRows(tracking, guild, getLocale()));
        });
    }

    private void edit(TrackedBrand brand) {
        new BrandDialog(tracking, background, guildId, brand, saved -> screen.reload()).open();
    }

    private void confirmDelete(TrackedBrand brand) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("brand-delete-confirm");
        dialog.setHeader(getTranslation("tracking.brands.delete.title", brand.name()));
        dialog.setText(getTranslation("tracking.brands.delete.text", brand.name(), brand.accountCount()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("tracking.cancel"));
        dialog.setConfirmText(getTranslation("tracking.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> UserAction.run(background, null, () -> {
            tracking.deleteBrand(guildId, brand.id());
            return brand;
        }, deleted -> {
            Notification.show(getTranslation("tracking.brands.deleted", brand.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            screen.reload();
        }, UserAction.goneOrTold(getTranslation("tracking.brands.gone"), screen::reload)));
        dialog.open();
    }

    @Override
    public String sectionTitle() {
        return screen.title();
    }
}
