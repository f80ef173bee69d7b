package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.tracking.BrandDraft;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.base.ui.ApiProblemText;
import dev.trackboard.base.ui.Background;
import dev.trackboard.tracking.TrackingService;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Create or edit a brand: name (unique per guild, checked by the API), keywords, colour. */
class BrandDialog extends Dialog {

    /** The Binder's bean: a copy, so Cancel really cancels. */
    static final class Form {
        String name = "";
        String keywords = "";
        String color = "#1abc9c";
    }

    private final TrackingService tracking;
    private final Background background;
    private final GuildId guildId;
    private final TrackedBrand brand;
    private final Consumer<TrackedBrand> saved;
    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();
    private final TextField name = new TextField();
    private final TextField keywords = new TextField();
    private final TextField color = new TextField();

    BrandDialog(TrackingService tracking, Background background, GuildId guildId, TrackedBrand brand,
                Consumer<TrackedBrand> saved) {
        this.tracking = tracking;
        this.background = background;
        this.guildId = guildId;
        this.brand = brand;
        this.saved = saved;
        setId("brand-dialog");
        setHeaderTitle(getTranslation(brand == null ? "tracking.brands.add" : "tracking.brands.edit"));
        setWidth("min(30rem, 100%)");
        if (brand != null) {
            form.name = brand.name();
            form.keywords = String.join(", ", brand.keywords());
            form.color = brand.color();
        }
        name.setId("brand-name");
        name.setLabel(getTranslation("tracking.brands.name"));
        keywords.setId("brand-keywords");
        keywords.setLabel(getTranslation("tracking.brands.keywords"));
        keywords.setHelperText(getTranslation("tracking.brands.keywords.help"));
        color.setId("brand-color");
        color.setLabel(getTranslation("tracking.brands.color"));
        color.setHelperText(getTranslation("tracking.brands.color.help"));
        binder.forField(name).asRequired(getTranslation("tracking.validation.brandName"))
                .withValidator(new StringLengthValidator(getTranslation("tracking.validation.brandNameLength"), 1, 100))
                .bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(keywords)
                .withValidator(v -> split(v).size() <= 25, getTranslation("tracking.validation.keywords"))
                .bind(f -> f.keywords, (f, v) -> f.keywords = v);
        binder.forField(color).asRequired(getTranslation("tracking.validation.color"))
                .withValidator(new RegexpValidator(getTranslation("tracking.validation.color"), "#[0-9a-fA-F]{6}"))
                .bind(f -> f.color, (f, v) -> f.color = v);
        binder.readBean(form);
        FormLayout fields = new FormLayout(name, keywords, color);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(fields);
        DialogSave.footer(this, "brand", this::save);
    }

    private void save(Button save) {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        BrandDraft draft = new BrandDraft(form.name, split(form.keywords), form.color);
        DialogSave.run(this, background, save, () -> brand == null ? tracking.createBrand(guildId, draft)
                        : tracking.updateBrand(guildId, brand.id(), draft),
                result -> getTranslation("tracking.brands.saved", result.name()),
                getTranslation("tracking.brands.gone"), this::showFieldErrors, saved);
    }

    private void showFieldErrors(List<TrackingApiException.FieldError> errors) {
        ApiProblemText.showOnFields(UI.getCurrent(), errors, "tracking.problem.brand.",
                Map.of("name", name, "keywords", keywords, "color", color), name);
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
