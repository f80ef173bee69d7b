package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.base.ui.grid.LazyGridScreen;
import java.util.Map;
import java.util.function.Consumer;

/** The brands grid: colour, name, keywords, counts, and a row's edit and delete buttons. */
class BrandGrid extends Grid<TrackedBrand> {

    static final Map<BrandSort, String> SORT_KEYS = Map.of(BrandSort.NAME, "name", BrandSort.ACCOUNTS, "accounts",
            BrandSort.POSTS, "posts");
    /** What a phone does without: colour, name, accounts and the buttons stay. */
    static final String[] SECONDARY = {"keywords", "posts"};

    BrandGrid(Consumer<TrackedBrand> edit, Consumer<TrackedBrand> delete) {
        super(TrackedBrand.class, false);
        setId("brands-grid");
        addClassName("tb-tracking-grid");
        addComponentColumn(this::swatch).setKey("color").setHeader("").setWidth("2.75rem").setFlexGrow(0);
        addColumn(TrackedBrand::name).setKey("name").setHeader(getTranslation("tracking.brands.name"))
                .setWidth("8rem").setFlexGrow(1).setTooltipGenerator(TrackedBrand::name);
        addColumn(b -> String.join(", ", b.keywords())).setKey("keywords")
                .setHeader(getTranslation("tracking.brands.keywords")).setWidth("12rem").setFlexGrow(2)
                .setTooltipGenerator(b -> String.join(", ", b.keywords()));
        addColumn(b -> TrackingFormat.number(b.accountCount(), getLocale())).setKey("accounts")
                .setHeader(getTranslation("tracking.brands.accounts")).setWidth("8.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        addColumn(b -> TrackingFormat.number(b.postCount(), getLocale())).setKey("posts")
                .setHeader(getTranslation("tracking.brands.posts")).setWidth("7rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        addComponentColumn(brand -> new Div(
                button(AppIcon.EDIT, "tracking.brands.editOf", "tb-edit-brand", brand, edit),
                button(AppIcon.TRASH, "tracking.brands.deleteOf", "tb-delete-brand", brand, delete)))
                .setKey("actions").setWidth("6rem").setFlexGrow(0).setFrozenToEnd(true);
        for (String key : SECONDARY) {
            LazyGridScreen.secondary(getColumnByKey(key));
        }
    }

    private Span swatch(TrackedBrand brand) {
        Span swatch = new Span();
        swatch.addClassName("tb-swatch");
        // the API accepts only #rrggbb, so this style value cannot carry anything else
        swatch.getStyle().set("background-color", brand.color().matches("#[0-9a-fA-F]{6}") ? brand.color() : "transparent");
        return swatch;
    }

    private Button button(AppIcon icon, String labelKey, String className, TrackedBrand brand,
                          Consumer<TrackedBrand> action) {
        Button button = new Button(icon.create(), e -> action.accept(brand));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        if (icon == AppIcon.TRASH) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.setAriaLabel(getTranslation(labelKey, brand.name()));
        button.setTooltipText(getTranslation(labelKey, brand.name()));
        button.addClassName(className);
        return button;
    }
}
