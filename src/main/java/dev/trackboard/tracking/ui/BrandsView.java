package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.guild.GuildDetail;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.PageSection;
import dev.trackboard.base.ui.UserAction;
import dev.trackboard.guild.ui.CurrentGuild;
import dev.trackboard.guild.ui.GuildLayout;
import dev.trackboard.tracking.TrackingService;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * Brands with their keywords, colour and counts. A guild has at most 200 brands (an API limit), so
 * the grid shows the API's whole list rather than paging it.
 */
@Route(value = "tracking/brands", layout = GuildLayout.class)
@PermitAll
public class BrandsView extends Div implements BeforeEnterObserver, HasDynamicTitle, PageSection {

    private final TrackingService tracking;
    private final Grid<TrackedBrand> grid = new Grid<>(TrackedBrand.class, false);
    private final Span count = new Span();
    private GuildId guildId;

    private final Background background;
    private final LoadFailure failure = new LoadFailure("brands-load-failed");
    private int loads;

    public BrandsView(TrackingService tracking, Background background) {
        this.tracking = tracking;
        this.background = background;
        addClassName("tb-page");
        setId("brands");
        count.addClassName("tb-page-subtitle");
        count.setId("brand-count");
        Button add = new Button(getTranslation("tracking.brands.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("add-brand");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(add);
        toolbar.addClassName("tb-toolbar");
        add(new H1(getTranslation("tracking.brands.title")), count, toolbar, failure, grid());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        guildId = CurrentGuild.of(event).map(GuildDetail::id).orElse(null);
        if (guildId == null) {
            return; // the layout is still asking the API; this view is not shown
        }
        reload();
    }

    private Grid<TrackedBrand> grid() {
        grid.setId("brands-grid");
        grid.addClassName("tb-tracking-grid");
        grid.addComponentColumn(brand -> {
            Span swatch = new Span();
            swatch.addClassName("tb-swatch");
            // the API accepts only #rrggbb, so this style value cannot carry anything else
            swatch.getStyle().set("background-color", brand.color().matches("#[0-9a-fA-F]{6}") ? brand.color() : "transparent");
            return swatch;
        }).setHeader("").setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(TrackedBrand::name).setKey("name").setHeader(getTranslation("tracking.brands.name"))
                .setSortable(true).setComparator(b -> b.name().toLowerCase(getLocale())).setFlexGrow(1);
        grid.addColumn(b -> String.join(", ", b.keywords())).setKey("keywords")
                .setHeader(getTranslation("tracking.brands.keywords")).setFlexGrow(2);
        grid.addColumn(b -> TrackingFormat.number(b.accountCount(), getLocale())).setKey("accounts")
                .setHeader(getTranslation("tracking.brands.accounts")).setSortable(true)
                .setComparator(TrackedBrand::accountCount).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(b -> TrackingFormat.number(b.postCount(), getLocale())).setKey("posts")
                .setHeader(getTranslation("tracking.brands.posts")).setSortable(true)
                .setComparator(TrackedBrand::postCount).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(brand -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(brand));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("tracking.edit"));
            edit.addClassName("tb-edit-brand");
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(brand));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("tracking.delete"));
            delete.addClassName("tb-delete-brand");
            return new Div(edit, delete);
        }).setWidth("6rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("tracking.brands.empty"));
        return grid;
    }

    /** Loads the list off the lock; while the service is not answering it says so and tries again. */
    private void reload() {
        int mine = ++loads;
        grid.setEmptyStateText(getTranslation("tracking.brands.loading"));
        background.load(UI.getCurrent(), () -> tracking.brands(guildId), () -> mine == loads, failing -> {
            failure.setVisible(failing);
            if (failing) {
                grid.setEmptyStateText(getTranslation("tracking.loadFailed"));
            }
        }, brands -> {
            grid.setEmptyStateText(getTranslation("tracking.brands.empty"));
            grid.setItems(brands);
            count.setText(getTranslation("tracking.brands.count", brands.size()));
        });
    }

    private void edit(TrackedBrand brand) {
        new BrandDialog(tracking, background, guildId, brand, saved -> reload()).open();
    }

    private void confirmDelete(TrackedBrand brand) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("brand-delete-confirm");
        dialog.setHeader(getTranslation("tracking.brands.delete.title"));
        dialog.setText(getTranslation("tracking.brands.delete.text", brand.name(), brand.accountCount()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("tracking.cancel"));
        dialog.setConfirmText(getTranslation("tracking.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> UserAction.run(background, grid, () -> {
            tracking.deleteBrand(guildId, brand.id());
            return brand;
        }, deleted -> {
            Notification.show(getTranslation("tracking.brands.deleted", brand.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        }, gone -> {
            Notification.show(getTranslation("tracking.brands.gone")).addThemeVariants(NotificationVariant.LUMO_WARNING);
            reload();
        }));
        dialog.open();
    }

    @Override
    public String sectionTitle() {
        return getTranslation("tracking.brands.title");
    }

    @Override
    public String getPageTitle() {
        return sectionTitle() + " · Trackboard";
    }
}
